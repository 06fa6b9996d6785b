using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>How much of one key point an answer made (0-1), the clause that shows it, and whether the answer denied or confused it.</summary>
public sealed record PointCoverage(KeyPoint Point, double Coverage, string Evidence, bool Contradicted)
{
    /// <summary>The confusion the answer made on this point (a swapped subject, a reversed direction), if any.</summary>
    public LocalizedText? Confusion { get; init; }

    public bool IsCovered => Coverage >= 0.5;
}
