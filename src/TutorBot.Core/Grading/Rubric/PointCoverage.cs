using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>How much of one key point an answer made (0-1), the clause that shows it, and whether the answer denied it.</summary>
public sealed record PointCoverage(KeyPoint Point, double Coverage, string Evidence, bool Contradicted)
{
    public bool IsCovered => Coverage >= 0.5;
}
