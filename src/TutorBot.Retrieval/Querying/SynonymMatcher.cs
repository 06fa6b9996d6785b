using TutorBot.Core.Bank;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Querying;

/// <summary>Finds the synonym-table terms written in a normalized query, longest first, without overlaps.</summary>
public sealed class SynonymMatcher
{
    private readonly IReadOnlyList<(string Term, IReadOnlyList<QueryAlternative> Alternatives)> _terms;

    public SynonymMatcher(SynonymTable synonyms, TermExtractor extractor)
    {
        var alternativesByTerm = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in synonyms.Groups)
        {
            var members = group.Select(TextNormalizer.Normalize).Where(m => m.Trim().Length > 0).ToList();
            foreach (var member in members)
            {
                if (!alternativesByTerm.TryGetValue(member, out var list))
                {
                    alternativesByTerm[member] = list = [];
                }

                list.AddRange(members);
            }
        }

        _terms = alternativesByTerm
            .Select(pair => (pair.Key, Alternatives(pair.Key, pair.Value, extractor)))
            .Where(t => t.Item2.Count > 1)
            .OrderByDescending(t => t.Key.Length)
            .ToList();
    }

    /// <param name="isWordSpan">Whether [start, end) begins and ends at word boundaries of the analyzed query, so that
    /// 训练 is not found inside 预训练.</param>
    public IReadOnlyList<SynonymSpan> Find(string normalizedQuery, Func<int, int, bool> isWordSpan)
    {
        var spans = new List<SynonymSpan>();
        foreach (var (term, alternatives) in _terms)
        {
            for (var start = normalizedQuery.IndexOf(term, StringComparison.Ordinal);
                 start >= 0;
                 start = normalizedQuery.IndexOf(term, start + 1, StringComparison.Ordinal))
            {
                var end = start + term.Length;
                if (IsWholeWord(normalizedQuery, start, end) && isWordSpan(start, end) && !spans.Any(s => s.Start < end && start < s.End))
                {
                    spans.Add(new SynonymSpan(start, end, alternatives));
                }
            }
        }

        return spans;
    }

    // Wordings that analyze alike ("hallucination", "hallucinations") become one alternative, written if either was.
    private static IReadOnlyList<QueryAlternative> Alternatives(string written, IEnumerable<string> members, TermExtractor extractor) =>
        members
            .Distinct(StringComparer.Ordinal)
            .Select(m => new QueryAlternative(extractor.Extract(m).Select(t => t.Text).ToList(), m == written))
            .Where(a => a.Terms.Count > 0)
            .GroupBy(a => string.Join(' ', a.Terms))
            .Select(g => g.First() with { IsWritten = g.Any(a => a.IsWritten) })
            .ToList();

    // Latin words must match whole ("lora" must not fire inside "explorations"); Chinese has no word boundaries.
    private static bool IsWholeWord(string text, int start, int end) =>
        !(IsLatinOrDigit(text[start]) && start > 0 && IsLatinOrDigit(text[start - 1]))
        && !(IsLatinOrDigit(text[end - 1]) && end < text.Length && IsLatinOrDigit(text[end]));

    private static bool IsLatinOrDigit(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
