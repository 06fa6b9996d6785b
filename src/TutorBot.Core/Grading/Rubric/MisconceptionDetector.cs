namespace TutorBot.Core.Grading.Rubric;

/// <summary>Finds known wrong claims in an answer: a subject and a false claim about it in the same clause, not negated.</summary>
public sealed class MisconceptionDetector
{
    private readonly IReadOnlyList<(Misconception Rule, List<IReadOnlyList<string>> Subjects, List<(string Claim, IReadOnlyList<string> Terms)> Claims)> _rules;

    public MisconceptionDetector(ITextAnalyzer analyzer, MisconceptionTable table)
    {
        _rules = table.Rules
            .Select(rule => (
                rule,
                rule.Subjects.Select(analyzer.Terms).Where(t => t.Count > 0).ToList(),
                rule.Claims.Select(c => (c, analyzer.Terms(c))).Where(c => c.Item2.Count > 0).ToList()))
            .ToList();
    }

    /// <returns>Each wrong claim found, with the clause that makes it.</returns>
    public IReadOnlyList<(Misconception Rule, string Clause)> Find(AnalyzedText answer)
    {
        var found = new List<(Misconception, string)>();
        foreach (var (rule, subjects, claims) in _rules)
        {
            if (!subjects.Any(s => answer.ContainsPhrase(s)))
            {
                continue;
            }

            for (var i = 0; i < answer.Clauses.Count; i++)
            {
                var clauseTerms = answer.ClauseTerms[i];
                if (!subjects.Any(s => s.All(clauseTerms.Contains)))
                {
                    continue;
                }

                var clause = answer.Clauses[i];
                var claimed = claims.Any(c => c.Terms.All(clauseTerms.Contains)
                    && (NegationCues.IsNegated(clause, c.Claim) ?? NegationCues.IsNegated(clause, c.Terms[0])) != true);
                if (claimed)
                {
                    found.Add((rule, clause));
                    break;
                }
            }
        }

        return found;
    }
}
