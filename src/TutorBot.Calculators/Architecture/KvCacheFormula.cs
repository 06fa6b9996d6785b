using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;

namespace TutorBot.Calculators.Architecture;

/// <summary>K and V for every layer and token: 2 × bytes × layers × kv_heads × head_dim per token.</summary>
public static class KvCacheFormula
{
    public static (double PerToken, double Total) Apply(CalculationBuilder builder, int layers, AttentionShape attention, int context, int batch, WeightFormat dtype)
    {
        var bytes = dtype.BytesPerValue;
        var perToken = 2 * bytes * layers * attention.KvWidth;
        var (formula, widths) = attention.Heads is null
            ? ("2 × bytes × layers × hidden", $"{attention.KvWidth}")
            : ("2 × bytes × layers × kv_heads × head_dim", $"{attention.KvHeads} × {attention.HeadDim}");
        builder.Step(
            "KV cache per token",
            "每个 token 的 KV 缓存",
            formula,
            $"2 × {Figures.Number(bytes)} × {layers} × {widths}",
            Figures.Bytes(perToken));
        var total = perToken * batch * context;
        builder.Step(
            "KV cache",
            "KV 缓存",
            "per token × batch × context",
            $"{Figures.Number(perToken)} × {batch} × {context}",
            Figures.Bytes(total));
        return (perToken, total);
    }
}
