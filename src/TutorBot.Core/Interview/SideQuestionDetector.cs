namespace TutorBot.Core.Interview;

/// <summary>
/// Tells a question to the tutor ("what's FlashAttention again?") from an answer during an interview.
/// The rule: a line is a question when it opens with a phrase that only asks ("what's", "remind me", "什么是",
/// "请问", ...) or ends by asking what something is ("…是什么"); or when it opens with an interrogative word
/// ("what", "how", "why", "为什么", "怎么", ...) AND ends with a question mark. A hedged answer that merely ends
/// in "?" ("is it because the variance grows?") stays an answer; `/ask` always asks.
/// </summary>
public static class SideQuestionDetector
{
    private static readonly string[] AskingOpeners =
    [
        "what's", "whats", "what is", "what are", "remind me", "can you explain", "could you explain", "explain ",
        "tell me about", "什么是", "啥是", "请问", "提醒我", "解释一下", "能解释", "可以解释",
    ];

    private static readonly string[] AskingEndings = ["是什么", "是啥", "什么意思", "是什么意思"];

    private static readonly string[] InterrogativeOpeners =
    [
        "what", "how", "why", "which", "when", "where", "who", "为什么", "怎么", "如何", "哪", "什么",
    ];

    public static bool IsSideQuestion(string text)
    {
        var line = text.Trim();
        if (line.Length == 0)
        {
            return false;
        }

        var lower = line.ToLowerInvariant();
        var unpunctuated = lower.TrimEnd('?', '？', '。', '.', '!', '！', ' ');
        if (AskingOpeners.Any(o => lower.StartsWith(o, StringComparison.Ordinal))
            || AskingEndings.Any(e => unpunctuated.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        var endsWithQuestionMark = lower.EndsWith('?') || lower.EndsWith('？');
        return endsWithQuestionMark && InterrogativeOpeners.Any(o => StartsWithWord(lower, o));
    }

    private static bool StartsWithWord(string text, string word)
    {
        if (!text.StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        // Chinese words need no boundary; English ones must not run on ("however" is not "how").
        return word[0] > 0x7f || text.Length == word.Length || !char.IsLetter(text[word.Length]);
    }
}
