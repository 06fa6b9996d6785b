namespace TutorBot.Core.Grading.Reference;

/// <summary>Weighted term overlap: a term found in many of the texts at hand (the answers to one question) counts less.</summary>
public static class TermWeights
{
    /// <summary>The weighted share of <paramref name="expected"/> terms that <paramref name="actual"/> contains.</summary>
    public static double Coverage(IReadOnlyCollection<string> expected, IReadOnlySet<string> actual, Func<string, double> weight)
    {
        var total = 0.0;
        var found = 0.0;
        foreach (var term in expected)
        {
            var w = weight(term);
            total += w;
            if (actual.Contains(term))
            {
                found += w;
            }
        }

        return total > 0 ? found / total : 0;
    }
}
