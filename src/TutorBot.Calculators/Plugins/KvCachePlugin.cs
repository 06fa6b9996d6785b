using System.ComponentModel;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Architecture;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Presentation;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Plugins;

public sealed class KvCachePlugin : ICalculator
{
    public string Name => "kv-cache";

    public IReadOnlyList<string> ArgumentNames { get; } = ["model", "layers", "heads", "kv-heads", "head-dim", "hidden", "context", "batch", "dtype", "window"];

    [KernelFunction("kv_cache")]
    [Description("KV cache size of a decoder-only transformer: 2 × bytes × layers × batch × context × kv_heads × head_dim (GQA/MQA when kv_heads < heads). Returns bytes and bytes per token.")]
    public CalculationResult KvCache(
        [Description("Model preset such as llama-2-7b, llama-3-8b, mistral-7b; explicit shape arguments override it")] string? model = null,
        [Description("Number of transformer layers, e.g. 32")] string? layers = null,
        [Description("Number of query heads, e.g. 32")] string? heads = null,
        [Description("Number of key/value heads (GQA/MQA); defaults to heads")] string? kvHeads = null,
        [Description("Size of one head; defaults to hidden / heads")] string? headDim = null,
        [Description("Hidden size (d_model), e.g. 4096")] string? hidden = null,
        [Description("Tokens per sequence, e.g. 4096 or 4k (k = 1024)")] string? context = null,
        [Description("Sequences in the batch; default 1")] string? batch = null,
        [Description("Cache number format: fp16 (default), bf16, fp32, fp8, int8")] string? dtype = null,
        [Description("Sliding-window size that caps the cached tokens, e.g. 4096; mistral-7b's is 4096")] string? window = null) =>
        this.CalculateComplete(CalculatorArguments.Of(
            ("model", model), ("layers", layers), ("heads", heads), ("kv-heads", kvHeads), ("head-dim", headDim),
            ("hidden", hidden), ("context", context), ("batch", batch), ("dtype", dtype), ("window", window)));

    public CalculationResult Calculate(CalculatorArguments arguments)
    {
        arguments.RejectUnknown(Name, ArgumentNames);
        var builder = new CalculationBuilder(Name);
        var shape = new ShapeReader(arguments, builder);
        var layers = shape.Layers();
        var attention = shape.Attention();
        var context = CommonArguments.Context(arguments, builder);
        var batch = CommonArguments.Batch(arguments, builder);
        var dtype = CommonArguments.Dtype(arguments, builder);
        var cached = CommonArguments.CachedTokens(arguments, builder, shape.Preset, context);
        var (perToken, total) = KvCacheFormula.Apply(builder, layers, attention, cached, batch, dtype);
        return builder
            .Value("bytes", total)
            .Value("bytes_per_token", perToken)
            .Build("bytes", QuantityUnit.Bytes);
    }
}
