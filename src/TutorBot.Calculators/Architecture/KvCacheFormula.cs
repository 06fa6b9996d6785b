using TutorBot.Calculators.Presentation;
using TutorBot.Calculators.Presets;

using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Architecture;

/// <summary>K and V for every layer and token: 2 × bytes × layers × kv_heads × head_dim per token.</summary>
public static class KvCacheFormula
{
    public static (double PerToken, double Total) Apply(CalculationBuilder builder, int layers, AttentionShape attention, int context, int batch, WeightFormat dtype)
    {
        var bytes = dtype.BytesPerValue;
        var perToken = 2 * bytes * layers * attention.KvWidth;
        var (formulaEn, formulaZh, widths) = attention.Heads is null
            ? ("2 × bytes × layers × hidden", "2 × 字节数 × 层数 × 隐藏维度", $"{attention.KvWidth}")
            : ("2 × bytes × layers × kv_heads × head_dim", "2 × 字节数 × 层数 × KV 头数 × 头维度", $"{attention.KvHeads} × {attention.HeadDim}");
        builder.Step(
            "KV cache per token",
            "每个 token 的 KV 缓存",
            formulaEn,
            formulaZh,
            $"2 × {Numbers.Grouped(bytes)} × {layers} × {widths}",
            Quantity.Bytes(perToken));
        var total = perToken * batch * context;
        builder.Step(
            "KV cache",
            "KV 缓存",
            "per token × batch × context", "每个 token × batch × 序列长度",
            $"{Numbers.Grouped(perToken)} × {batch} × {context}",
            Quantity.Bytes(total));
        return (perToken, total);
    }
}
