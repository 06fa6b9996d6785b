namespace TutorBot.Core.Grading.Adversarial;

/// <summary>The adversarial evaluation's results and the shares it is judged by.</summary>
public sealed record AdversarialReport(
    IReadOnlyList<AdversarialScore> Echoes,
    IReadOnlyList<AdversarialScore> Swaps,
    IReadOnlyList<AdversarialPair> Pairs,
    IReadOnlyList<AdversarialScore> References,
    AnnotationCoverage Coverage)
{
    public const double EchoMax = 1.0;
    public const double ConfusedMax = 4.0;
    public const double ParaphraseMin = 6.0;
    public const double MinSeparation = 3.0;
    public const double ReferenceMin = 9.0;

    public double MaxEcho => Echoes.Count == 0 ? 0 : Echoes.Max(e => e.Score);

    /// <summary>Generated swaps whose swapped key point was still credited (should be none).</summary>
    public int SwapsCredited => Swaps.Count(s => s.Detail == "credited");

    public double MinReference => References.Count == 0 ? 0 : References.Min(r => r.Score);

    public SplitSummary Split(string? split)
    {
        var pairs = Pairs.Where(p => split is null || p.Case.Split == split).ToList();
        return new SplitSummary(
            split ?? "all",
            pairs.Count,
            pairs.Select(p => p.Case.EntryId).Distinct().Count(),
            Share(pairs, p => p.ConfusedLow),
            Share(pairs, p => p.ParaphraseHigh),
            Share(pairs, p => p.Separated));
    }

    private static double Share(List<AdversarialPair> pairs, Func<AdversarialPair, bool> test) =>
        pairs.Count == 0 ? 0 : pairs.Count(test) / (double)pairs.Count;
}
