using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Training compute 6 × params × tokens (Kaplan et al. 2020) over the cluster's achieved throughput. MFU counts only those
/// model FLOPs, so recomputation does not change the time at a given MFU; HFU counts the FLOPs the hardware runs, 8 × params
/// × tokens under full recomputation (PaLM, Chowdhery et al. 2022, appendix B).
/// </summary>
public sealed class TrainingTimePlugin : ICalculator
{
    private const double DefaultMfu = 0.4;
    private static readonly string[] RecomputeModes = ["none", "selective", "full"];

    public string Name => "training-time";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "params", "tokens", "gpus", "gpu", "peak-tflops", "mfu", "hfu", "recompute"];

    [KernelFunction("training_time")]
    [Description("Training time: model FLOPs = 6 × params × tokens, time = model FLOPs / (GPUs × peak × MFU); with --hfu the hardware FLOPs (8 × params × tokens under full recomputation) are divided by GPUs × peak × HFU. Returns FLOPs, seconds, days and months.")]
    public CalculationResult TrainingTime(
        [Description("Model preset such as llama-2-7b or gpt-3-175b")] string? model = null,
        [Description("Parameter count, e.g. 175B")] string? @params = null,
        [Description("Training tokens, e.g. 300B or 1.5T")] string? tokens = null,
        [Description("Number of GPUs, e.g. 1000")] string? gpus = null,
        [Description("GPU preset: a100 (312 TFLOPS), h100 (989), h200 (989), dense BF16")] string? gpu = null,
        [Description("Peak TFLOPS per GPU instead of a preset, e.g. 312")] string? peakTflops = null,
        [Description("Model FLOPs utilization (useful 6 × params × tokens per second over peak), e.g. 0.3 or 30%; default 0.4")] string? mfu = null,
        [Description("Hardware FLOPs utilization instead of MFU: counts the recomputed forward too (PaLM, appendix B)")] string? hfu = null,
        [Description("Activation recomputation: none (default), selective or full (8 × params × tokens)")] string? recompute = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("params", @params), ("tokens", tokens), ("gpus", gpus), ("gpu", gpu),
            ("peak-tflops", peakTflops), ("mfu", mfu), ("hfu", hfu), ("recompute", recompute)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var preset = CommonArguments.Model(arguments, builder);

        var parameters = CommonArguments.Params(arguments, builder, preset, "175B");
        var tokens = arguments.RequiredCount("tokens", "training tokens, e.g. 300B", 1e9);
        builder.Input("tokens", tokens);
        var gpus = arguments.Integer("gpus") ?? arguments.Missing("gpus", "number of GPUs, e.g. 1000", 8);
        builder.Input("gpus", gpus);
        var peak = CommonArguments.PeakTflops(arguments, builder);
        var recompute = arguments.Choice("recompute", RecomputeModes, "none");
        builder.Input("recompute", recompute);
        var factor = recompute == "full" ? 8 : 6;
        builder.Assume(
            recompute switch
            {
                "full" => "8 FLOPs per parameter per token: forward 2 + backward 4 + recomputed forward 2",
                "selective" => "6 FLOPs per parameter per token; selective recomputation adds only a few percent, not counted",
                _ => "6 FLOPs per parameter per token: forward 2 + backward 4",
            },
            recompute switch
            {
                "full" => "每个参数每个 token 8 次浮点运算：前向 2 + 反向 4 + 重计算前向 2",
                "selective" => "每个参数每个 token 6 次浮点运算；选择性重计算只多几个百分点，不计",
                _ => "每个参数每个 token 6 次浮点运算：前向 2 + 反向 4",
            });

        var modelFlops = 6 * parameters * tokens;
        var flops = factor * parameters * tokens;
        builder.Step("Training compute", "训练计算量", $"{factor} × params × tokens", $"{factor} × 参数量 × token 数", $"{factor} × {Numbers.Scientific(parameters)} × {Numbers.Scientific(tokens)}", Quantity.Flops(flops));
        var (utilisation, counted) = Utilisation(arguments, builder, modelFlops, flops);
        var throughput = gpus * peak * 1e12 * utilisation.Value;
        builder.Step("Achieved throughput", "实际吞吐", $"GPUs × peak × {utilisation.Name}", $"GPU 数 × 峰值算力 × {utilisation.Name}", $"{gpus} × {Numbers.Grouped(peak)}e12 × {Numbers.Grouped(utilisation.Value)}", Quantity.FlopsPerSecond(throughput));
        var seconds = counted / throughput;
        builder.Step("Time", "时间", $"{(counted == flops ? "FLOPs" : "model FLOPs (6 × params × tokens)")} / throughput", $"{(counted == flops ? "计算量" : "模型计算量（6 × 参数量 × token 数）")} / 吞吐", $"{Numbers.Scientific(counted)} / {Numbers.Scientific(throughput)}", Quantity.Seconds(seconds));
        builder.Assume("a month is 30 days", "一个月按 30 天计");
        return builder
            .Value("flops", flops)
            .Value("model_flops", modelFlops)
            .Value("seconds", seconds)
            .Value("days", seconds / 86400)
            .Value("months", seconds / 86400 / 30)
            .Build("seconds", QuantityUnit.Seconds);
    }

    /// <summary>MFU divides the model FLOPs, HFU the hardware FLOPs; the one not given is derived from the other.</summary>
    private static ((string Name, double Value) Utilisation, double Counted) Utilisation(CalculatorArguments arguments, CalculationBuilder builder, double modelFlops, double flops)
    {
        var mfu = arguments.Fraction("mfu");
        var hfu = arguments.Fraction("hfu");
        if (mfu is not null && hfu is not null)
        {
            throw CalculationException.For("hfu", l => Phrases.OneOfTwo(l, "mfu", "hfu"));
        }

        if (hfu is not null)
        {
            builder.Input("hfu", hfu.Value);
            builder.Assume(
                $"HFU {hfu.Value:0.##%} counts every FLOP the hardware runs, recomputation included; that is MFU {hfu.Value * modelFlops / flops:0.##%}",
                $"HFU {hfu.Value:0.##%} 计入硬件实际执行的全部运算（含重计算）；折合 MFU {hfu.Value * modelFlops / flops:0.##%}");
            return (("HFU", hfu.Value), flops);
        }

        if (mfu is null)
        {
            builder.Assume($"MFU {DefaultMfu:0%} (not given; large runs reach 30-55%)", $"MFU 取 {DefaultMfu:0%}（未给出；大规模训练一般为 30%-55%）");
        }

        var value = mfu ?? DefaultMfu;
        builder.Input("mfu", value);
        if (flops > modelFlops)
        {
            builder.Assume(
                $"MFU counts only the model's 6 × params × tokens, so recomputation leaves the time unchanged and shows as HFU {value * flops / modelFlops:0.##%}",
                $"MFU 只计模型本身的 6 × 参数 × token，重计算不改变时间，只体现为 HFU {value * flops / modelFlops:0.##%}");
        }

        return (("MFU", value), modelFlops);
    }
}
