namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// Finds a bank wording literally in a folded answer: spaces, hyphens and underscores are interchangeable and
/// optional, a Latin wording starts at a word boundary, and a wording of five letters or more may be inflected
/// ("divide" finds "divides"); shorter ones must end at a word boundary ("pre" does not find "prefill").
/// </summary>
public static class MentionFinder
{
    private const int NegationWindow = 28;

    public static void Find(SentenceText text, string phrase, int group, List<Mention> found)
    {
        var folded = SentenceText.Fold(phrase.Trim());
        if (folded.Length == 0)
        {
            return;
        }

        var haystack = text.Text;
        var first = folded[0];
        for (var start = haystack.IndexOf(first); start >= 0; start = start + 1 < haystack.Length ? haystack.IndexOf(first, start + 1) : -1)
        {
            if (IsLatin(first) && start > 0 && IsLatin(haystack[start - 1]))
            {
                continue;
            }

            var end = MatchAt(haystack, start, folded);
            if (end < 0 || IsLatin(folded[^1]) && folded.Length < 5 && end < haystack.Length && IsLatin(haystack[end]))
            {
                continue;
            }

            var sentenceStart = text.SentenceStart(start);
            var window = haystack[Math.Max(sentenceStart, start - NegationWindow)..start];
            found.Add(new Mention(start, end, text.SentenceOf(start), Rubric.NegationCues.EndsWithDenial(window), phrase, group));
        }
    }

    /// <summary>The end of the match of the folded phrase at start, or -1.</summary>
    private static int MatchAt(string text, int start, string phrase)
    {
        var t = start;
        for (var p = 0; p < phrase.Length; p++)
        {
            if (IsSeparator(phrase[p]))
            {
                while (t < text.Length && IsSeparator(text[t]))
                {
                    t++;
                }

                continue;
            }

            if (t >= text.Length || text[t] != phrase[p])
            {
                return -1;
            }

            t++;
        }

        return t;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '_' or '\t';

    private static bool IsLatin(char c) => c < 128 && char.IsLetterOrDigit(c);
}
