using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>
/// Decides how much of a key point an answer made: any alias (or a synonym of one) present in full counts as the
/// whole point; otherwise the share of the point's own wording (either language) that the answer uses gives credit.
/// </summary>
public sealed class KeyPointMatcher(ITextAnalyzer analyzer, SynonymTable synonyms)
{
    // Below this share of the key point's wording nothing is credited; at the upper share it is all credited.
    private const double OverlapFloor = 0.3;
    private const double OverlapFull = 0.75;

    public PointCoverage Match(KeyPoint point, AnalyzedText answer)
    {
        PointCoverage? denied = null;
        PointCoverage? inflected = null;
        foreach (var phrase in Phrases(point))
        {
            var terms = analyzer.Terms(phrase);
            if (terms.Count == 0 || !terms.All(answer.Terms.Contains))
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
        foreach (var text in new[] { point.Text.Zh, point.Text.En })
        {
            var terms = analyzer.Terms(text).Distinct().ToList();
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

    private IEnumerable<string> Phrases(KeyPoint point)
    {
        foreach (var alias in point.Aliases)
        {
            foreach (var term in synonyms.Expand(alias))
            {
                yield return term;
            }
        }
    }

    private static string Trim(string evidence) => evidence.Length <= 120 ? evidence : evidence[..117] + "...";
}
