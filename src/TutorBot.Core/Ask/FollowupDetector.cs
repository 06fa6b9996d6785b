using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>Recognises questions that lean on the previous turn ("那为什么不是dk?", "why?", "how is that computed for 70B?").</summary>
public static partial class FollowupDetector
{
    private static readonly string[] ChineseReferences =
        ["那", "那么", "这个", "那个", "这样", "它", "其", "上面", "刚才", "前面", "为啥", "为什么", "然后", "还有", "呢", "此", "该"];

    private static readonly HashSet<string> EnglishReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "that", "this", "those", "these", "them", "they", "there", "then", "so", "why", "and", "also", "same",
    };

    public static bool IsReferring(string question)
    {
        var text = question.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var cjk = text.Count(LanguageDetector.IsCjk);
        if (cjk > 0)
        {
            return cjk <= 16 && (cjk <= 4 || ChineseReferences.Any(r => text.Contains(r, StringComparison.Ordinal)));
        }

        var words = Words().Matches(text).Select(m => m.Value).ToList();
        return words.Count <= 10 && (words.Count <= 2 || words.Any(EnglishReferences.Contains)
            || text.StartsWith("what about", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("how about", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex Words();
}
