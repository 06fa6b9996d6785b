using System.Text.RegularExpressions;

namespace TutorBot.Core.Grading;

/// <summary>A text split into clauses, each with its analyzed terms, so that a match can quote the clause that shows it.</summary>
public sealed partial class AnalyzedText
{
    private static readonly char[] ClauseBreaks = ['.', ';', '!', '?', '\n', '。', '；', '！', '？', '，', ',', '、', '：', ':'];

    private AnalyzedText(string text, IReadOnlyList<string> clauses, IReadOnlyList<HashSet<string>> clauseTerms, IReadOnlyList<string> terms)
    {
        Text = text;
        Clauses = clauses;
        ClauseTerms = clauseTerms;
        TermList = terms;
        Terms = new HashSet<string>(terms, StringComparer.Ordinal);
        _positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_positions.TryGetValue(terms[i], out var list))
            {
                _positions[terms[i]] = list = [];
            }

            list.Add(i);
        }
    }

    private readonly Dictionary<string, List<int>> _positions;

    public string Text { get; }

    public IReadOnlyList<string> Clauses { get; }

    public IReadOnlyList<HashSet<string>> ClauseTerms { get; }

    public IReadOnlyList<string> TermList { get; }

    public HashSet<string> Terms { get; }

    public static AnalyzedText Create(string text, ITextAnalyzer analyzer)
    {
        var clauses = SplitClauses(text);
        var clauseTerms = new List<HashSet<string>>(clauses.Count);
        var terms = new List<string>();
        foreach (var clause in clauses)
        {
            var clauseList = analyzer.Terms(clause);
            terms.AddRange(clauseList);
            clauseTerms.Add(new HashSet<string>(clauseList, StringComparer.Ordinal));
        }

        return new AnalyzedText(text, clauses, clauseTerms, terms);
    }

    /// <summary>Clauses (not whole sentences) keep a quoted piece of evidence short.</summary>
    public static IReadOnlyList<string> SplitClauses(string text)
    {
        var clauses = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var isBreak = i == text.Length || Array.IndexOf(ClauseBreaks, text[i]) >= 0;

            // A '.' between digits ("1.5") or letters ("e.g") does not end a clause.
            if (isBreak && i < text.Length && text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                isBreak = false;
            }

            if (!isBreak)
            {
                continue;
            }

            var clause = text[start..i].Trim();
            if (clause.Length > 0)
            {
                clauses.Add(clause);
            }

            start = i + 1;
        }

        return clauses;
    }

    /// <summary>
    /// Whether all the terms occur close together (in any order): within a window a few terms wider than the
    /// phrase, so that "ZeRO-2" is not found in "ZeRO-1 ... 2 + 14/N".
    /// </summary>
    public bool ContainsPhrase(IReadOnlyList<string> terms, int slack = 2)
    {
        if (terms.Count == 0 || !terms.All(Terms.Contains))
        {
            return false;
        }

        if (terms.Count == 1)
        {
            return true;
        }

        var window = terms.Count + slack;
        foreach (var anchor in _positions[terms[0]])
        {
            if (terms.Skip(1).All(t => _positions[t].Any(p => Math.Abs(p - anchor) < window)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sentences: the units of a reference answer.</summary>
    public static IReadOnlyList<string> SplitSentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Any(char.IsLetterOrDigit)).ToList();

    [GeneratedRegex(@"(?<=[.!?;])\s+|[。！？；\n]")]
    private static partial Regex SentenceBreak();

    /// <summary>The index of the clause holding most of the given terms, or -1 when none holds any.</summary>
    public int BestClauseFor(IReadOnlyCollection<string> terms)
    {
        var best = -1;
        var bestCount = 0;
        for (var i = 0; i < ClauseTerms.Count; i++)
        {
            var count = terms.Count(ClauseTerms[i].Contains);
            if (count > bestCount)
            {
                best = i;
                bestCount = count;
            }
        }

        return best;
    }
}
