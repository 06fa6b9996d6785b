using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>
/// The dependency-free analyzer: English words with a light suffix stemmer, and Chinese as overlapping character
/// bigrams (a single ideograph stays a unigram). Adapters register a dictionary-based analyzer in its place.
/// </summary>
public sealed class SimpleTextAnalyzer : ITextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "is", "are", "was", "were",
        "be", "been", "it", "its", "this", "that", "these", "those", "as", "from", "so", "than", "then", "there",
        "which", "what", "when", "who", "how", "why", "do", "does", "did", "can", "will", "would", "should", "has",
        "have", "had", "i", "we", "you", "they", "he", "she", "them", "their", "our", "your", "into", "also", "very",
        "的", "了", "是", "在", "和", "与", "及", "或",
    };

    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        var cjkRun = new StringBuilder();
        foreach (var c in text)
        {
            if (LanguageDetector.IsCjk(c))
            {
                FlushWord(word, terms);
                cjkRun.Append(c);
            }
            else if (char.IsLetterOrDigit(c))
            {
                FlushCjk(cjkRun, terms);
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                FlushWord(word, terms);
                FlushCjk(cjkRun, terms);
            }
        }

        FlushWord(word, terms);
        FlushCjk(cjkRun, terms);
        return terms;
    }

    private static void FlushWord(StringBuilder word, List<string> terms)
    {
        if (word.Length == 0)
        {
            return;
        }

        var token = word.ToString();
        word.Clear();
        if (!StopWords.Contains(token))
        {
            terms.Add(EnglishStemmer.Stem(token));
        }
    }

    private static void FlushCjk(StringBuilder run, List<string> terms)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (run.Length == 1)
        {
            var single = run.ToString();
            if (!StopWords.Contains(single))
            {
                terms.Add(single);
            }
        }
        else
        {
            for (var i = 0; i + 1 < run.Length; i++)
            {
                terms.Add(string.Concat(run[i], run[i + 1]));
            }
        }

        run.Clear();
    }
}
