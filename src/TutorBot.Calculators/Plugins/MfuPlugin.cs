using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Plugins;

/// <summary>
/// Model FLOPs utilisation from a measured training throughput: 6 × params × tokens/s over the cluster's peak (PaLM,
/// Chowdhery et al. 2022, appendix B); HFU also counts the recomputed forward (8 × params per token under full recomputation).
/// </summary>
public sealed class MfuPlugin : ICalculator
{
    private static readonly string[] RecomputeModes = ["none", "selective", "full"];

    public string Name => "mfu";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "params", "tokens-per-second", "gpus", "gpu", "peak-tflops", "recompute"];

    [KernelFunction("mfu")]
    [Description("MFU = 6 × params × measured tokens/s / (GPUs × peak FLOPS); HFU = 8 × params × tokens/s / (GPUs × peak) with full recomputation.")]
    public CalculationResult Mfu(
        [Description("Model preset such as llama-2-7b")] string? model = null,
        [Description("Parameter count, e.g. 7B")] string? @params = null,
        [Description("Measured training throughput of the whole cluster in tokens per second, e.g. 3000")] string? tokensPerSecond = null,
        [Description("Number of GPUs; default 1")] string? gpus = null,
        [Description("GPU preset: a100 (312 TFLOPS), h100 (989), h200 (989), dense BF16")] string? gpu = null,
        [Description("Peak TFLOPS per GPU instead of a preset")] string? peakTflops = null,
        [Description("Activation recomputation: none (default), selective or full (HFU counts 8 × params per token)")] string? recompute = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("params", @params), ("tokens-per-second", tokensPerSecond), ("gpus", gpus), ("gpu", gpu),
            ("peak-tflops", peakTflops), ("recompute", recompute)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var preset = CommonArguments.Model(arguments, builder);

        var parameters = CommonArguments.Params(arguments, builder, preset);
        var rate = arguments.RequiredCount("tokens-per-second", "measured training tokens per second of the whole cluster, e.g. 3000", 1);
        builder.Input("tokens-per-second", rate);
        var gpus = arguments.Integer("gpus");
        if (gpus is null)
        {
            builder.Assume("1 GPU (not given); the throughput is the cluster's total", "按 1 张 GPU 计（未给出）；吞吐为整个集群的总和");
        }

        builder.Input("gpus", gpus ?? 1);
        var peak = CommonArguments.PeakTflops(arguments, builder) * 1e12;
        var recompute = arguments.Choice("recompute", RecomputeModes, "none");
        builder.Input("recompute", recompute);
        builder.Assume(
            "model FLOPs 6 × params per token (forward 2 + backward 4); attention's own FLOPs left out, as in the 6N rule",
            "模型计算量按每 token 6 × 参数量（前向 2 + 反向 4）；与 6N 规则一样不计注意力本身的计算");

        var achieved = 6 * parameters * rate;
        builder.Step("Model FLOPs per second", "每秒模型计算量", "6 × params × tokens/s", "6 × 参数量 × 每秒 token 数", $"6 × {Numbers.Scientific(parameters)} × {Numbers.Grouped(rate)}", Quantity.FlopsPerSecond(achieved));
        var cluster = (gpus ?? 1) * peak;
        builder.Step("Cluster peak", "集群峰值", "GPUs × peak", "GPU 数 × 峰值算力", $"{gpus ?? 1} × {Numbers.Scientific(peak)}", Quantity.FlopsPerSecond(cluster));
        var mfu = achieved / cluster;
        builder.Step("MFU", "MFU", "model FLOPs per second / cluster peak", "每秒模型计算量 / 集群峰值", $"{Numbers.Scientific(achieved)} / {Numbers.Scientific(cluster)}", Quantity.Fraction(mfu));
        var hfu = mfu * (recompute == "full" ? 8d / 6 : 1);
        if (recompute == "full")
        {
            builder.Step("HFU", "HFU", "MFU × 8 / 6 (the recomputed forward runs too)", "MFU × 8 / 6（重计算的前向也要执行）", $"{Numbers.Short(mfu)} × 8 / 6", Quantity.Fraction(hfu));
        }

        if (mfu > 1)
        {
            throw CalculationException.For("tokens-per-second", l => Phrases.ThroughputAbovePeak(l, Numbers.Grouped(rate), Numbers.Short(mfu * 100)));
        }

        return builder
            .Value("model_flops_per_second", achieved)
            .Value("mfu", mfu)
            .Value("hfu", hfu)
            .Build("mfu", QuantityUnit.Fraction);
    }
}
