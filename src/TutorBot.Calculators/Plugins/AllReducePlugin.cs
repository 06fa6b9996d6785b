using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Ring all-reduce time: a reduce-scatter and an all-gather each move (n − 1)/n of the buffer through every GPU's link,
/// so time = 2(n − 1)/n × bytes / bandwidth (Patarasuk and Yuan 2009; NCCL's bus bandwidth uses the same factor).
/// Latency per step is left out, which is fair for buffers of many megabytes.
/// </summary>
public sealed class AllReducePlugin : ICalculator
{
    public string Name => "allreduce";

    public IReadOnlyList<string> ArgumentNames { get; } = ["size", "params", "model", "dtype", "gpus", "bandwidth", "gpu"];

    [KernelFunction("allreduce")]
    [Description("Ring all-reduce time = 2 × (n − 1) / n × bytes / per-GPU bandwidth (one direction). Returns seconds and the bytes each GPU sends.")]
    public CalculationResult AllReduce(
        [Description("Buffer size, e.g. 14 GB; or give params and dtype")] string? size = null,
        [Description("Parameter count whose gradients are reduced, e.g. 7B")] string? @params = null,
        [Description("Model preset instead of params")] string? model = null,
        [Description("Gradient format: fp16/bf16 (default fp16), fp32")] string? dtype = null,
        [Description("GPUs in the ring, e.g. 8")] string? gpus = null,
        [Description("Per-GPU bandwidth in one direction, e.g. 450 GB/s")] string? bandwidth = null,
        [Description("GPU preset: NVLink a100 600 GB/s, h100/h200 900 GB/s, both directions (half each way)")] string? gpu = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("size", size), ("params", @params), ("model", model), ("dtype", dtype), ("gpus", gpus), ("bandwidth", bandwidth), ("gpu", gpu)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var bytes = Size(arguments, builder);
        var gpus = arguments.Integer("gpus") ?? arguments.Missing("gpus", "GPUs in the ring, e.g. 8", 8);
        if (gpus < 2)
        {
            throw CalculationException.For("gpus", l => Phrases.AllReduceNeedsTwoGpus(l, gpus));
        }

        builder.Input("gpus", gpus);
        var bandwidth = CommonArguments.Bandwidth(arguments, builder, g => g.NvlinkPerDirection, "NVLink per direction", "单向 NVLink 带宽")
            ?? arguments.Missing("bandwidth", "per-GPU bandwidth in one direction, e.g. 450 GB/s, or give --gpu", 1e9);
        var sent = 2d * (gpus - 1) / gpus * bytes;
        builder.Step("Bytes each GPU sends", "每张卡发送的字节", "2 × (n − 1) / n × bytes", "2 × (n − 1) / n × 字节数", $"2 × {gpus - 1} / {gpus} × {Numbers.Grouped(bytes)}", Quantity.Bytes(sent));
        var seconds = sent / bandwidth;
        builder.Step("Time", "时间", "bytes sent / bandwidth", "发送字节数 / 带宽", $"{Numbers.Scientific(sent)} / {Numbers.Scientific(bandwidth)}", Quantity.Seconds(seconds));
        builder.Assume(
            "ring algorithm at full link bandwidth: reduce-scatter then all-gather, n − 1 steps each; per-step latency not counted",
            "环形算法、链路带宽跑满：先 reduce-scatter 再 all-gather，各 n − 1 步；不计每步的启动延迟");
        return builder
            .Value("bytes_sent", sent)
            .Value("seconds", seconds)
            .Build("seconds", QuantityUnit.Seconds);
    }

    private static double Size(CalculatorArguments arguments, CalculationBuilder builder)
    {
        if (arguments.Text("size") is { } text)
        {
            var size = QuantityParser.ParseBytes(text)
                ?? throw CalculationException.For("size", l => Phrases.NotBytes(l, "size", text));
            if (size <= 0)
            {
                throw CalculationException.For("size", l => Phrases.MustBePositive(l, "size", text));
            }

            builder.Input("size", size);
            return size;
        }

        var preset = CommonArguments.Model(arguments, builder);

        if (!arguments.Has("params") && preset is null)
        {
            return arguments.Missing("size", "the buffer, e.g. 14 GB, or --params with --dtype", 1e9);
        }

        var parameters = CommonArguments.Params(arguments, builder, preset);
        var format = CommonArguments.Dtype(arguments, builder);
        var bytes = parameters * format.BytesPerValue;
        builder.Step("Buffer", "通信量", "params × bytes per value", "参数量 × 每个值的字节数", $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BytesPerValue)}", Quantity.Bytes(bytes));
        return bytes;
    }
}
