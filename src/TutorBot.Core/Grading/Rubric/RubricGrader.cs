using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Bindings;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// Scores an answer by the weighted share of the entry's key points it makes; a denied or confused key point or a
/// known wrong claim costs extra.
/// </summary>
public sealed class RubricGrader(ITextAnalyzer analyzer, SynonymTable synonyms, MisconceptionTable misconceptions)
{
    // Saying the opposite of a key point is worse than leaving it out.
    private const double ContradictionPenalty = 0.5;

    // Points (of 10) taken off for each known wrong claim.
    private const double MisconceptionPenalty = 2.0;

    private readonly MisconceptionDetector _misconceptions = new(analyzer, misconceptions);

    public void Grade(BankEntry entry, AnalyzedText answer, GradeDraft draft)
    {
        var totalWeight = entry.KeyPoints.Sum(p => Math.Max(p.Weight, 0));
        if (entry.KeyPoints.Count == 0 || totalWeight <= 0)
        {
            return;
        }

        var wrongClaims = _misconceptions.Find(answer);
        var sentences = new SentenceText(answer.Text);
        var entryClaims = WrongClaimDetector.Find(entry, sentences);
        var earned = 0.0;
        var decisive = 0;
        foreach (var prepared in PreparedRubric.For(entry, analyzer, synonyms).Points)
        {
            var point = prepared.Point;
            var coverage = KeyPointMatcher.Match(prepared, answer, sentences);

            // A clause that makes a wrong claim ("ZeRO-1 shards the parameters") is no evidence for any point.
            if (coverage.Coverage > 0 && (wrongClaims.Any(w => IsSameClause(coverage.Evidence, w.Clause))
                || entryClaims.Any(w => w.Claim.KeyPointId == point.Id)))
            {
                coverage = coverage with { Coverage = 0, Evidence = "" };
            }

            draft.Points.Add(coverage);
            var weight = Math.Max(point.Weight, 0);
            earned += coverage.Contradicted || coverage.Confusion is not null ? -ContradictionPenalty * weight : coverage.Coverage * weight;
            if (coverage.Confusion is not null)
            {
                draft.Notes.Add(coverage.Confusion);
            }
            else if (coverage.Contradicted)
            {
                draft.Notes.Add(BothLanguages.Say(l => Phrases.DeniesPoint(l, point.Text.For(l))));
            }

            if (coverage.Coverage is 0 or 1)
            {
                decisive++;
            }
        }

        foreach (var (wrong, _) in wrongClaims)
        {
            draft.Notes.Add(BothLanguages.Say(l => Phrases.WrongClaim(l, wrong.Correction.For(l))));
        }

        foreach (var (claim, _) in entryClaims)
        {
            draft.Notes.Add(BothLanguages.Say(l => Phrases.WrongClaim(l, claim.Correction.For(l))));
        }

        var penalty = MisconceptionPenalty * (wrongClaims.Count + entryClaims.Count);
        draft.Score = Math.Clamp(10.0 * earned / totalWeight - penalty, 0, 10);
        draft.Confidence = 0.55 + 0.35 * decisive / entry.KeyPoints.Count;
        draft.Methods.Add("rubric");
    }

    private static bool IsSameClause(string evidence, string clause) =>
        evidence.Length > 0 && (evidence == clause || evidence.EndsWith("...", StringComparison.Ordinal) && clause.StartsWith(evidence[..^3], StringComparison.Ordinal));
}
