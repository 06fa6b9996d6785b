using TutorBot.Core.Grading.Bindings;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// Decides how much of a key point an answer made: any alias (or a synonym of one) present in full counts as the
/// whole point; otherwise the share of the point's distinctive wording (either language) the answer uses gives credit.
/// A point with bindings is made only by its bindings, and a confusion of its subjects or direction voids it.
/// </summary>
public static class KeyPointMatcher
{
    // Below this share of the key point's wording nothing is credited; at the upper share it is all credited.
    private const double OverlapFloor = 0.3;
    private const double OverlapFull = 0.75;

    public static PointCoverage Match(PreparedPoint prepared, AnalyzedText answer, SentenceText sentences)
    {
        if (prepared.Bindings.IsEmpty)
        {
            return MatchWords(prepared, answer);
        }

        var verdict = BindingChecker.Check(prepared.Bindings, sentences);
        if (verdict.Confusion is not null)
        {
            return new PointCoverage(prepared.Point, 0, verdict.Evidence, false) { Confusion = verdict.Confusion };
        }

        return prepared.Bindings.Binds.Count > 0
            ? new PointCoverage(prepared.Point, verdict.Coverage, verdict.Evidence, verdict.Denied)
            : MatchWords(prepared, answer);
    }

    private static PointCoverage MatchWords(PreparedPoint prepared, AnalyzedText answer)
    {
        var point = prepared.Point;
        PointCoverage? denied = null;
        PointCoverage? inflected = null;
        foreach (var (phrase, terms) in prepared.Phrases)
        {
            if (!answer.ContainsPhrase(terms))
            {
                continue;
            }

            var clause = answer.BestClauseFor(terms);
            var evidence = Trim(clause >= 0 ? answer.Clauses[clause] : phrase);

            // The phrase may only occur inflected ("saturates" for "saturation"): its stem is searched instead.
            var negated = NegationCues.IsNegated(answer.Text, phrase) ?? NegationCues.IsNegated(answer.Text, terms[0]);
            switch (negated)
            {
                case false:
                    return new PointCoverage(point, 1.0, evidence, false);
                case true:
                    denied ??= new PointCoverage(point, 0.0, evidence, true);
                    break;
                default:
                    inflected ??= new PointCoverage(point, 1.0, evidence, false);
                    break;
            }
        }

        if ((denied ?? inflected) is { } decided)
        {
            return decided;
        }

        var best = 0.0;
        IReadOnlyList<string> bestTerms = [];
        foreach (var terms in prepared.Wordings)
        {
            if (terms.Count == 0)
            {
                continue;
            }

            var overlap = terms.Count(answer.Terms.Contains) / (double)terms.Count;
            if (overlap > best)
            {
                best = overlap;
                bestTerms = terms;
            }
        }

        var coverage = Math.Clamp((best - OverlapFloor) / (OverlapFull - OverlapFloor), 0.0, 1.0);
        if (coverage <= 0)
        {
            return new PointCoverage(point, 0.0, "", false);
        }

        var index = answer.BestClauseFor(bestTerms);
        return new PointCoverage(point, coverage, index >= 0 ? Trim(answer.Clauses[index]) : "", false);
    }

    private static string Trim(string evidence) => evidence.Length <= 120 ? evidence : evidence[..117] + "...";
}
