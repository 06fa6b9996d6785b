namespace TutorBot.Core.Interview;

/// <summary>Tells the level of an answer from its text and its 0-10 grade.</summary>
public static class AnswerLevels
{
    private static readonly string[] DontKnow =
    [
        "don't know", "dont know", "do not know", "no idea", "not sure", "no clue", "idk", "forgot",
        "never heard", "can't remember", "cannot remember", "have not learned", "haven't learned",
        "不知道", "不清楚", "不懂", "不太懂", "没学过", "没听过", "忘了", "记不清", "不了解", "没有思路",
    ];

    /// <summary>
    /// Words that also carry content ("a forward pass", "跳过问题数据", "不会发散"): an admission only when they end a
    /// reply that is little more than they ("pass", "I'll skip", "这题我不会").
    /// </summary>
    private static readonly string[] DontKnowAlone = ["pass", "skip", "不会", "跳过"];

    /// <summary>Letters a reply may have before a word of <see cref="DontKnowAlone"/> ("I'll", "这道题我").</summary>
    private const int AloneLeadMaxLength = 5;

    /// <summary>Longest text that can still be only a "don't know" ("sorry, I really don't know this one").</summary>
    private const int DontKnowMaxLength = 40;

    public static AnswerLevel Of(string text, double score, InterviewOptions options)
    {
        return IsBlank(text) ? AnswerLevel.Blank : OfScore(score, options);
    }

    /// <summary>The level of a 0-10 score alone (a question's, follow-up credit included).</summary>
    public static AnswerLevel OfScore(double score, InterviewOptions options) =>
        score < options.BlankBelow ? AnswerLevel.Blank
        : score >= options.StrongFrom ? AnswerLevel.Strong
        : AnswerLevel.Partial;

    /// <summary>Empty, punctuation only, or a short admission of not knowing.</summary>
    public static bool IsBlank(string text)
    {
        var line = text.Trim().ToLowerInvariant().Replace('’', '\'');
        if (!line.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        // English phrases must stand as words ("pass", not "bypass"); Chinese ones need no boundary.
        var spaced = " " + new string(line.Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ').ToArray()) + " ";
        var bare = new string(line.Where(char.IsLetterOrDigit).ToArray());
        return line.Length <= DontKnowMaxLength
            && (DontKnow.Any(p => p[0] > 0x7f ? line.Contains(p, StringComparison.Ordinal) : spaced.Contains(" " + p + " ", StringComparison.Ordinal))
                || DontKnowAlone.Any(p => bare.EndsWith(p, StringComparison.Ordinal) && bare.Length <= p.Length + AloneLeadMaxLength
                    && (p[0] > 0x7f || spaced.TrimEnd().EndsWith(" " + p, StringComparison.Ordinal))));
    }
}
