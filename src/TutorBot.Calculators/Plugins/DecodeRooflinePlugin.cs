using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Inference FLOPs per token (2 × params: one multiply-add per weight, Kaplan et al. 2020), the arithmetic intensity of a
/// decode step, and the roofline bound on decode speed: every step reads all weights once, so a batch of b sequences makes
/// at most b × bandwidth / weight bytes tokens per second, and never more than peak / (2 × params).
/// </summary>
public sealed class DecodeRooflinePlugin : ICalculator
{
    public string Name => "decode-roofline";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "params", "dtype", "batch", "gpu", "peak-tflops", "bandwidth"];

    [KernelFunction("decode_roofline")]
    [Description("Decode roofline: FLOPs per token = 2 × params; bytes read per step = params × bytes per weight; arithmetic intensity = 2 × batch / bytes per weight; tokens/s ≤ min(batch × bandwidth / weight bytes, peak / (2 × params)).")]
    public CalculationResult DecodeRoofline(
        [Description("Model preset such as llama-2-7b")] string? model = null,
        [Description("Parameter count, e.g. 7B")] string? @params = null,
        [Description("Weight format: fp16 (default), int8, int4, q4_k_m ...")] string? dtype = null,
        [Description("Sequences decoded together; default 1")] string? batch = null,
        [Description("GPU preset for peak and memory bandwidth: a100 (2,039 GB/s), h100 (3.35 TB/s), h200 (4.8 TB/s)")] string? gpu = null,
        [Description("Peak dense TFLOPS instead of the preset's")] string? peakTflops = null,
        [Description("Memory bandwidth instead of the preset's, e.g. 3.35 TB/s")] string? bandwidth = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("params", @params), ("dtype", dtype), ("batch", batch), ("gpu", gpu),
            ("peak-tflops", peakTflops), ("bandwidth", bandwidth)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var preset = CommonArguments.Model(arguments, builder);

        var parameters = CommonArguments.Params(arguments, builder, preset);
        var format = CommonArguments.Dtype(arguments, builder);
        var batch = CommonArguments.Batch(arguments, builder);
        var flopsPerToken = 2 * parameters;
        builder.Step("FLOPs per token", "每个 token 的计算量", "2 × params", "2 × 参数量", $"2 × {Numbers.Grouped(parameters)}", Quantity.Flops(flopsPerToken));
        var weightBytes = parameters * format.BytesPerValue;
        builder.Step("Bytes read per decode step", "每步解码读取的字节", "params × bytes per weight", "参数量 × 每个权重的字节数", $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BytesPerValue)}", Quantity.Bytes(weightBytes));
        var intensity = flopsPerToken * batch / weightBytes;
        builder.Step("Arithmetic intensity", "算术强度", "2 × params × batch / weight bytes", "2 × 参数量 × batch / 权重字节数", $"{Numbers.Scientific(flopsPerToken)} × {batch} / {Numbers.Scientific(weightBytes)}", Quantity.FlopsPerByte(intensity));
        builder.Assume(
            "a decode step reads every weight once; the KV cache reads and attention FLOPs are left out (small at short context)",
            "每步解码把全部权重读一遍；KV 缓存的读取和注意力计算不计（上下文短时很小）");
        builder.Value("flops_per_token", flopsPerToken).Value("weight_bytes", weightBytes).Value("arithmetic_intensity", intensity);

        var bandwidth = CommonArguments.Bandwidth(arguments, builder, g => g.MemoryBandwidth, "memory bandwidth", "显存带宽");
        if (bandwidth is null)
        {
            if (arguments.Has("peak-tflops"))
            {
                arguments.Missing("bandwidth", "memory bandwidth for the roofline, e.g. 3.35 TB/s, or give --gpu", 0d);
            }

            return builder.Build("flops_per_token", QuantityUnit.Flops);
        }

        var memoryBound = batch * bandwidth.Value / weightBytes;
        builder.Step("Memory-bound speed", "带宽上限", "batch × bandwidth / weight bytes", "batch × 带宽 / 权重字节数", $"{batch} × {Numbers.Scientific(bandwidth.Value)} / {Numbers.Scientific(weightBytes)}", Quantity.TokensPerSecond(memoryBound));
        builder.Value("memory_bound_tokens_per_second", memoryBound);
        if (!arguments.Has("gpu") && !arguments.Has("peak-tflops"))
        {
            builder.Assume("no peak FLOPS given: only the bandwidth bound is checked", "未给出峰值算力：只检查带宽上限");
            return builder.Value("tokens_per_second", memoryBound).Build("tokens_per_second", QuantityUnit.TokensPerSecond);
        }

        var peak = CommonArguments.PeakTflops(arguments, builder) * 1e12;
        var ridge = peak / bandwidth.Value;
        builder.Step("Ridge point", "屋脊点", "peak FLOPs / bandwidth", "峰值算力 / 带宽", $"{Numbers.Scientific(peak)} / {Numbers.Scientific(bandwidth.Value)}", Quantity.FlopsPerByte(ridge));
        var computeBound = peak / flopsPerToken;
        builder.Step("Compute-bound speed", "算力上限", "peak FLOPs / FLOPs per token", "峰值算力 / 每个 token 的计算量", $"{Numbers.Scientific(peak)} / {Numbers.Scientific(flopsPerToken)}", Quantity.TokensPerSecond(computeBound));
        var bound = Math.Min(memoryBound, computeBound);
        builder.Assume(
            intensity < ridge ? "intensity below the ridge point: decode is memory-bandwidth bound" : "intensity above the ridge point: decode is compute bound",
            intensity < ridge ? "算术强度低于屋脊点：解码受显存带宽限制" : "算术强度高于屋脊点：解码受算力限制");
        return builder
            .Value("ridge_point", ridge)
            .Value("compute_bound_tokens_per_second", computeBound)
            .Value("tokens_per_second", bound)
            .Build("tokens_per_second", QuantityUnit.TokensPerSecond);
    }
}
