using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>Scores an answer by the weighted share of the entry's key points it makes; a denied point costs extra.</summary>
public sealed class RubricGrader(KeyPointMatcher matcher)
{
    // Saying the opposite of a key point is worse than leaving it out.
    private const double ContradictionPenalty = 0.5;

    public void Grade(BankEntry entry, AnalyzedText answer, GradeDraft draft)
    {
        var totalWeight = entry.KeyPoints.Sum(p => Math.Max(p.Weight, 0));
        if (entry.KeyPoints.Count == 0 || totalWeight <= 0)
        {
            return;
        }

        var earned = 0.0;
        var decisive = 0;
        foreach (var point in entry.KeyPoints)
        {
            var coverage = matcher.Match(point, answer);
            draft.Points.Add(coverage);
            var weight = Math.Max(point.Weight, 0);
            earned += coverage.Contradicted ? -ContradictionPenalty * weight : coverage.Coverage * weight;
            if (coverage.Contradicted)
            {
                draft.Notes.Add(new LocalizedText(
                    $"你的回答似乎否定了要点“{point.Text.Zh}”，这一点是成立的。",
                    $"Your answer seems to deny a point that holds: \"{point.Text.En}\"."));
            }

            if (coverage.Coverage is 0 or 1)
            {
                decisive++;
            }
        }

        draft.Score = Math.Clamp(10.0 * earned / totalWeight, 0, 10);
        draft.Confidence = 0.55 + 0.35 * decisive / entry.KeyPoints.Count;
        draft.Methods.Add("rubric");
    }
}
