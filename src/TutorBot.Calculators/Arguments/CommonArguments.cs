using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Arguments;

/// <summary>Arguments several calculators share, read with their stated defaults.</summary>
public static class CommonArguments
{
    public static int Context(CalculatorArguments arguments, CalculationBuilder builder, string name = "context")
    {
        var context = arguments.Integer(name, binaryThousands: true)
            ?? arguments.Missing(name, "tokens per sequence, e.g. 4096 or 4k", 64);
        if (arguments.Text(name) is { } text && text.Contains('k', StringComparison.OrdinalIgnoreCase))
        {
            builder.Assume($"{name} {text} read as {context:#,0} tokens (k = 1024)", $"序列长度 {text} 按 {context:#,0} 个 token 计（k = 1024）");
        }

        builder.Input(name, context);
        return context;
    }

    public static int Batch(CalculatorArguments arguments, CalculationBuilder builder, string name = "batch")
    {
        var batch = arguments.Integer(name);
        if (batch is null)
        {
            builder.Assume($"{name} 1 (not given)", $"{(name == "batch" ? "批大小" : "微批大小")}取 1（未给出 --{name}）");
        }

        builder.Input(name, batch ?? 1);
        return batch ?? 1;
    }

    /// <summary>The --model preset, recorded as an input when given.</summary>
    public static ModelPreset? Model(CalculatorArguments arguments, CalculationBuilder builder)
    {
        var preset = arguments.Model();
        if (preset is not null)
        {
            builder.Input("model", preset.Name);
        }

        return preset;
    }

    /// <summary>The parameter count from --params, else the --model preset's.</summary>
    public static double Params(CalculatorArguments arguments, CalculationBuilder builder, ModelPreset? preset, string example = "7B")
    {
        var parameters = arguments.Count("params") ?? preset?.Params
            ?? arguments.Missing("params", $"give --params (e.g. {example}) or --model", 1e9);
        builder.Input("params", parameters);
        return parameters;
    }

    /// <summary>Peak dense TFLOPS per GPU from --peak-tflops, else the --gpu preset's.</summary>
    public static double PeakTflops(CalculatorArguments arguments, CalculationBuilder builder)
    {
        var gpu = arguments.Gpu();
        if (arguments.Text("peak-tflops") is { } text)
        {
            var peak = QuantityParser.ParseTflops(text)
                ?? throw CalculationException.For("peak-tflops", l => Phrases.NotTflops(l, "peak-tflops", text));
            if (peak <= 0)
            {
                throw CalculationException.For("peak-tflops", l => Phrases.MustBePositive(l, "peak-tflops", text));
            }

            if (gpu is not null)
            {
                builder.Input("gpu", gpu.Name);
            }

            builder.Input("peak-tflops", peak);
            return peak;
        }

        if (gpu is null)
        {
            return arguments.Missing("gpu", "a100, h100 or h200, or give --peak-tflops", 312d);
        }

        builder.Input("gpu", gpu.Name);
        builder.Input("peak-tflops", gpu.PeakTflops);
        builder.Assume($"{gpu.DisplayName} peak {gpu.PeakTflops} TFLOPS (dense BF16)", $"{gpu.DisplayName} 峰值算力 {gpu.PeakTflops} TFLOPS（稠密 BF16）");
        return gpu.PeakTflops;
    }

    /// <summary>
    /// Bytes per second from --bandwidth ("3.35 TB/s", "900 GB/s"), else <paramref name="fromGpu"/> of the --gpu preset
    /// (described by <paramref name="what"/>); null when neither is given.
    /// </summary>
    public static double? Bandwidth(CalculatorArguments arguments, CalculationBuilder builder, Func<GpuPreset, double> fromGpu, string what, string whatZh)
    {
        if (arguments.Text("bandwidth") is { } text)
        {
            var bandwidth = QuantityParser.ParseBandwidth(text)
                ?? throw CalculationException.For("bandwidth", l => Phrases.NotBytesPerSecond(l, "bandwidth", text));
            if (bandwidth <= 0)
            {
                throw CalculationException.For("bandwidth", l => Phrases.MustBePositive(l, "bandwidth", text));
            }

            builder.Input("bandwidth", bandwidth);
            return bandwidth;
        }

        if (arguments.Gpu() is not { } gpu)
        {
            return null;
        }

        builder.Input("gpu", gpu.Name);
        var preset = fromGpu(gpu);
        builder.Input("bandwidth", preset);
        builder.Assume($"{gpu.DisplayName} {what} {Numbers.Short(preset / 1e9)} GB/s (data sheet)", $"{gpu.DisplayName} {whatZh} {Numbers.Short(preset / 1e9)} GB/s（数据手册）");
        return preset;
    }

    /// <summary>Tokens held in the KV cache: the context, capped by a sliding window (--window or the model's).</summary>
    public static int CachedTokens(CalculatorArguments arguments, CalculationBuilder builder, ModelPreset? preset, int context)
    {
        var window = arguments.Integer("window", binaryThousands: true) ?? (preset?.Shape.SlidingWindow > 0 ? preset.Shape.SlidingWindow : null);
        if (window is null)
        {
            return context;
        }

        builder.Input("window", window.Value);
        if (context <= window)
        {
            return context;
        }

        builder.Assume(
            $"sliding window {window:#,0}: each layer keeps only the last {window:#,0} tokens' K and V (a rolling buffer), so the cache stops growing at the window",
            $"滑动窗口 {window:#,0}：每层只保留最近 {window:#,0} 个 token 的 K、V（滚动缓存），缓存增长到窗口大小后不再增加");
        return window.Value;
    }

    /// <summary>The number format from --dtype (or a synonym such as --format); fp16 when neither is given.</summary>
    public static WeightFormat Dtype(CalculatorArguments arguments, CalculationBuilder builder, string primary = "dtype", string? synonym = null)
    {
        var first = arguments.Format(primary);
        var second = synonym is null ? null : arguments.Format(synonym);
        if (synonym is not null && first is not null && second is not null && first != second)
        {
            throw CalculationException.For(synonym, l => Phrases.Contradicts(l, synonym, arguments.Text(synonym) ?? "", primary, arguments.Text(primary) ?? ""));
        }

        var format = first ?? second;
        if (format is null)
        {
            builder.Assume("fp16 (2 bytes per value; not given)", "按 fp16 计（每个值 2 字节；未给出）");
        }

        format ??= WeightFormats.Find("fp16")!;
        builder.Input(primary, format.Name);
        return format;
    }
}
