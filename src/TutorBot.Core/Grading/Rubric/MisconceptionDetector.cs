namespace TutorBot.Core.Grading.Rubric;

/// <summary>Finds known wrong claims in an answer: a subject and a false claim about it in the same clause, not negated.</summary>
public sealed class MisconceptionDetector(ITextAnalyzer analyzer, MisconceptionTable table)
{
    /// <returns>Each wrong claim found, with the clause that makes it.</returns>
    public IReadOnlyList<(Misconception Rule, string Clause)> Find(AnalyzedText answer)
    {
        var found = new List<(Misconception, string)>();
        foreach (var rule in table.Rules)
        {
            var subjects = rule.Subjects.Select(analyzer.Terms).Where(t => t.Count > 0).ToList();
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
                var claimed = rule.Claims.Any(claim =>
                {
                    var terms = analyzer.Terms(claim);
                    return terms.Count > 0 && terms.All(clauseTerms.Contains)
                        && (NegationCues.IsNegated(clause, claim) ?? NegationCues.IsNegated(clause, terms[0])) != true;
                });
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
