using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

public sealed class InferenceMemoryPlugin : ICalculator
{
    private const double DefaultOverhead = 0.2;

    /// <summary>Dense shapes a bare parameter count may stand for when the KV cache needs layers and widths.</summary>
    private static readonly string[] TypicalShapes = ["llama-2-7b", "llama-2-13b", "llama-2-70b", "gpt-3-175b"];

    public string Name => "inference-memory";

    public IReadOnlyList<string> ArgumentNames { get; } =
        ["model", "params", "layers", "heads", "kv-heads", "head-dim", "hidden", "dtype", "format", "context", "batch", "overhead", "window"];

    [KernelFunction("inference_memory")]
    [Description("GPU memory to serve a model: weights (params × bytes per weight) + KV cache + a stated overhead fraction for activations and runtime.")]
    public CalculationResult InferenceMemory(
        [Description("Model preset such as llama-2-7b or qwen2.5-7b")] string? model = null,
        [Description("Parameter count, e.g. 7B")] string? @params = null,
        [Description("Number of layers (for the KV cache)")] string? layers = null,
        [Description("Number of query heads (for the KV cache)")] string? heads = null,
        [Description("Number of key/value heads (GQA/MQA)")] string? kvHeads = null,
        [Description("Size of one head; defaults to hidden / heads")] string? headDim = null,
        [Description("Hidden size (d_model)")] string? hidden = null,
        [Description("Weight format: fp16 (default), bf16, fp32, int8, int4, q8_0, q4_0, q4_k_m ...")] string? dtype = null,
        [Description("Synonym of dtype")] string? format = null,
        [Description("Tokens per sequence for the KV cache, e.g. 2048 or 4k; no KV cache when absent")] string? context = null,
        [Description("Sequences in the batch; default 1")] string? batch = null,
        [Description("Extra fraction on top of weights + KV cache for activations and runtime; default 0.2")] string? overhead = null,
        [Description("Sliding-window size that caps the cached tokens, e.g. 4096; mistral-7b's is 4096")] string? window = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("params", @params), ("layers", layers), ("heads", heads), ("kv-heads", kvHeads),
            ("head-dim", headDim), ("hidden", hidden), ("dtype", dtype), ("format", format), ("context", context),
            ("batch", batch), ("overhead", overhead), ("window", window)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var preset = arguments.Model();
        var parameters = CommonArguments.Params(arguments, builder, preset);
        var format = CommonArguments.Dtype(arguments, builder, "dtype", "format");
        var weights = parameters * format.BytesPerValue;
        builder.Step(
            "Weights",
            "权重",
            "params × bytes per weight", "参数量 × 每个权重的字节数",
            new LocalizedText(
                $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BytesPerValue)}（{format.Name}：{format.NoteZh}）",
                $"{Numbers.Grouped(parameters)} × {Numbers.Grouped(format.BytesPerValue)} ({format.Name}: {format.NoteEn})"),
            Quantity.Bytes(weights));

        var kvCache = arguments.Has("context") ? KvCache(arguments, builder, preset, parameters, format) : 0;
        if (!arguments.Has("context"))
        {
            builder.Assume("no context given: KV cache not counted", "未给出序列长度：不计 KV 缓存");
        }

        var overhead = arguments.Fraction("overhead", allowZero: true);
        if (overhead is null)
        {
            builder.Assume(
                $"overhead {DefaultOverhead:0%} of weights + KV cache for activations, CUDA context and allocator fragmentation (set --overhead to change)",
                $"额外开销取权重 + KV 缓存的 {DefaultOverhead:0%}，用于激活值、CUDA 上下文和显存碎片（可用 --overhead 修改）");
        }

        builder.Input("overhead", overhead ?? DefaultOverhead);
        var overheadBytes = (weights + kvCache) * (overhead ?? DefaultOverhead);
        builder.Step(
            "Overhead",
            "额外开销",
            "(weights + KV cache) × overhead", "(权重 + KV 缓存) × 额外开销比例",
            $"({Numbers.Grouped(weights)} + {Numbers.Grouped(kvCache)}) × {Numbers.Grouped(overhead ?? DefaultOverhead)}",
            Quantity.Bytes(overheadBytes));
        var total = weights + kvCache + overheadBytes;
        builder.Step(
            "Total",
            "总计",
            "weights + KV cache + overhead", "权重 + KV 缓存 + 额外开销",
            $"{Numbers.Grouped(weights)} + {Numbers.Grouped(kvCache)} + {Numbers.Grouped(overheadBytes)}",
            Quantity.Bytes(total));
        return builder
            .Value("weights_bytes", weights)
            .Value("kv_cache_bytes", kvCache)
            .Value("overhead_bytes", overheadBytes)
            .Value("total_bytes", total)
            .Build("total_bytes", QuantityUnit.Bytes);
    }

    private static double KvCache(CalculatorArguments arguments, CalculationBuilder builder, ModelPreset? preset, double parameters, WeightFormat format)
    {
        var shapeGiven = arguments.Has("layers") || arguments.Has("hidden") || arguments.Has("heads");
        var fallback = preset is null && !shapeGiven ? TypicalShape(parameters) : null;
        if (fallback is not null)
        {
            var s = fallback.Shape;
            builder.Assume(
                $"KV cache shape taken from {fallback.DisplayName} ({s.Layers} layers, hidden {s.Hidden}, {s.KvHeads} KV heads); give --layers/--hidden or --model to change",
                $"KV 缓存的结构按 {fallback.DisplayName} 计（{s.Layers} 层，隐藏维度 {s.Hidden}，{s.KvHeads} 个 KV 头）；可用 --layers/--hidden 或 --model 指定");
        }

        var shape = new ShapeReader(arguments, builder, fallback);
        var layers = shape.Layers();
        var attention = shape.Attention();
        var context = CommonArguments.Context(arguments, builder);
        var batch = CommonArguments.Batch(arguments, builder);
        var cached = CommonArguments.CachedTokens(arguments, builder, shape.Preset, context);
        var kvFormat = format.Name is "fp32" or "fp16" or "bf16" ? format : WeightFormats.Find("fp16")!;
        if (kvFormat != format)
        {
            builder.Assume($"KV cache kept in fp16 while the weights are {format.Name}", $"权重为 {format.Name}，KV 缓存仍按 fp16 存储");
        }

        return KvCacheFormula.Apply(builder, layers, attention, cached, batch, kvFormat).Total;
    }

    private static ModelPreset? TypicalShape(double parameters) =>
        TypicalShapes
            .Select(name => ModelPresets.Find(name)!)
            .Where(m => Math.Abs(Math.Log(m.Params / parameters)) < Math.Log(1.15))
            .OrderBy(m => Math.Abs(Math.Log(m.Params / parameters)))
            .FirstOrDefault();
}
