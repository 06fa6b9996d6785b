using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

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
        _document = new TermDocument(terms);
    }

    private readonly TermDocument _document;

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

    /// <summary>Whether all the terms occur close together, in any order (see <see cref="TermDocument.ContainsPhrase"/>).</summary>
    public bool ContainsPhrase(IReadOnlyList<string> terms, int slack = 2) => _document.ContainsPhrase(terms, slack);

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
