using System.Text.RegularExpressions;

namespace TutorBot.Core.Ask;

/// <summary>
/// Recognises a follow-up that asks the previous question again about something else: "那训练呢？", "量化的话呢？",
/// "and for training?", "what about MQA?". It returns that something, short as such follow-ups are, or null.
/// </summary>
public static partial class ContrastFollowup
{
    private const int MaxChineseCharacters = 8;
    private const int MaxEnglishWords = 3;

    public static string? Subject(string question)
    {
        var text = question.Trim();
        if (ChineseForm().Match(text) is { Success: true } zh)
        {
            var subject = zh.Groups["x"].Value.Trim();
            return subject.Length is > 0 and <= MaxChineseCharacters && !FollowupDetector.HasPronoun(subject) ? subject : null;
        }

        if (EnglishForm().Match(text) is { Success: true } en)
        {
            var subject = en.Groups["x"].Value.Trim();
            var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is > 0 and <= MaxEnglishWords && !FollowupDetector.HasPronoun(subject) ? subject : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(?:那么?|那如果是?|如果是|换成|换作)?\s*(?<x>[^，,。？?！!]+?)\s*(?:的话|的情况)?\s*呢\s*[？?]?$")]
    private static partial Regex ChineseForm();

    [GeneratedRegex(@"^(?:and\s+(?:for\s+|with\s+|in\s+)?|what\s+about\s+|how\s+about\s+)(?:the\s+|a\s+|an\s+)?(?<x>[^?,.!]+?)\s*\??$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishForm();
}
