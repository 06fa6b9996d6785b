using TutorBot.Calculators.Presentation;

using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Architecture;

/// <summary>
/// Activation memory per layer from Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer Models"
/// (16-bit activations): sbh(34 + 5as/h) without parallelism; tensor parallelism t divides the parts it shards, sequence
/// parallelism the rest; selective recomputation drops the 5as/h attention term; full recomputation keeps only 2sbh.
/// </summary>
public static class ActivationFormula
{
    public static double Apply(CalculationBuilder builder, int seq, int microBatch, int hidden, int heads, int layers, int tp, string recompute, bool sequenceParallel)
    {
        double s = seq, b = microBatch, h = hidden, a = heads, t = tp;
        var sbh = s * b * h;
        var attentionTerm = 5 * a * s / h;
        var (formula, substitution, perLayer) = (recompute, sequenceParallel) switch
        {
            ("full", false) => ("2sbh", $"2 × {seq} × {microBatch} × {hidden}", 2 * sbh),
            ("full", true) => ("2sbh / t", $"2 × {seq} × {microBatch} × {hidden} / {tp}", 2 * sbh / t),
            ("selective", false) => ("sbh(10 + 24/t)", $"{seq} × {microBatch} × {hidden} × (10 + 24/{tp})", sbh * (10 + 24 / t)),
            ("selective", true) => ("sbh × 34/t", $"{seq} × {microBatch} × {hidden} × 34/{tp}", sbh * 34 / t),
            (_, false) => ("sbh(10 + 24/t + 5as/(ht))", $"{seq} × {microBatch} × {hidden} × (10 + 24/{tp} + 5 × {heads} × {seq} / ({hidden} × {tp}))", sbh * (10 + 24 / t + attentionTerm / t)),
            (_, true) => ("sbh/t × (34 + 5as/h)", $"{seq} × {microBatch} × {hidden} / {tp} × (34 + 5 × {heads} × {seq} / {hidden})", sbh / t * (34 + attentionTerm)),
        };
        builder.Step("Activations per layer", "每层激活值", formula, substitution, Quantity.Bytes(perLayer));
        var total = perLayer * layers;
        builder.Step("Activations", "激活值", "per layer × layers", "每层 × 层数", $"{Numbers.Grouped(perLayer)} × {layers}", Quantity.Bytes(total));
        return total;
    }
}
