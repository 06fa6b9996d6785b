using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TutorBot.Core.Grading;

namespace TutorBot.Retrieval.Text;

/// <summary>
/// Lucene's SmartChineseAnalyzer: dictionary word segmentation for Chinese, lower-cased Porter-stemmed English
/// (its dictionaries are embedded, nothing to copy). English and Chinese function words are dropped.
/// </summary>
public sealed class LuceneTextAnalyzer : ITextAnalyzer, IDisposable
{
    private const string Field = "text";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "is", "ar", "are", "wa", "was",
        "were", "be", "been", "it", "its", "thi", "this", "that", "these", "those", "as", "from", "so", "than", "then",
        "there", "which", "what", "when", "who", "how", "why", "do", "doe", "does", "did", "can", "will", "would",
        "should", "ha", "has", "have", "had", "i", "we", "you", "thei", "they", "he", "she", "them", "their", "our",
        "your", "into", "also", "veri", "very",
        "的", "了", "是", "在", "和", "与", "及", "或", "就", "都", "而", "也", "把", "被", "这", "那", "吗", "呢", "啊",
    };

    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);

    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        using var stream = _analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (value.Length > 0 && !StopWords.Contains(value) && value.Any(char.IsLetterOrDigit))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    public void Dispose() => _analyzer.Dispose();
}
