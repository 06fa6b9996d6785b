using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators.Architecture;

/// <summary>Reads a LoRA target list: "q,v", "Wq and Wv", "q_proj, v_proj", "attention", "mlp", "all".</summary>
public static class LoraTargets
{
    public static readonly IReadOnlyList<string> Order = ["q", "k", "v", "o", "gate", "up", "down"];

    private static readonly Dictionary<string, string[]> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = ["q"], ["wq"] = ["q"], ["qproj"] = ["q"], ["query"] = ["q"],
        ["k"] = ["k"], ["wk"] = ["k"], ["kproj"] = ["k"], ["key"] = ["k"],
        ["v"] = ["v"], ["wv"] = ["v"], ["vproj"] = ["v"], ["value"] = ["v"],
        ["o"] = ["o"], ["wo"] = ["o"], ["oproj"] = ["o"], ["output"] = ["o"], ["out"] = ["o"],
        ["gate"] = ["gate"], ["gateproj"] = ["gate"], ["w1"] = ["gate"],
        ["up"] = ["up"], ["upproj"] = ["up"], ["w3"] = ["up"],
        ["down"] = ["down"], ["downproj"] = ["down"], ["w2"] = ["down"],
        ["qkv"] = ["q", "k", "v"],
        ["qkvo"] = ["q", "k", "v", "o"],
        ["attention"] = ["q", "k", "v", "o"], ["attn"] = ["q", "k", "v", "o"],
        ["mlp"] = ["gate", "up", "down"], ["ffn"] = ["gate", "up", "down"],
        ["all"] = ["q", "k", "v", "o", "gate", "up", "down"], ["alllinear"] = ["q", "k", "v", "o", "gate", "up", "down"],
    };

    public static IReadOnlyList<string> Parse(string text)
    {
        var found = new HashSet<string>();
        var parts = text.Replace("和", ",").Replace("、", ",").Replace("，", ",").Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ';', ' ', '+', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            var key = part.Replace("_", "").Replace("-", "");
            if (!Words.TryGetValue(key, out var names))
            {
                throw CalculationException.For("targets", l => Phrases.UnknownLoraTarget(l, part));
            }

            found.UnionWith(names);
        }

        if (found.Count == 0)
        {
            throw CalculationException.For("targets", Phrases.EmptyLoraTargets);
        }

        return Order.Where(found.Contains).ToList();
    }
}
