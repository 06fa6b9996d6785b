using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>A language-neutral similarity of two short texts: Dice overlap of their character bigrams (letters, digits, ideographs).</summary>
public static class TextOverlap
{
    public static double Similarity(string a, string b)
    {
        var left = Bigrams(a);
        var right = Bigrams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        return 2.0 * left.Count(right.Contains) / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var kept = new string(text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || LanguageDetector.IsCjk(c)).ToArray());
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < kept.Length; i++)
        {
            bigrams.Add(kept.Substring(i, 2));
        }

        return bigrams;
    }
}
