using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>
/// Recognises questions that lean on the previous turns: by a pronoun ("why does it…", "what does beta do there?",
/// "那它为什么…"), by ellipsis ("and QLoRA?", "what about 70B?", "量化呢？") or by being too short to stand alone
/// ("beta?", "为什么？"). A question that merely starts with "why" or "为什么" and names its subject stands alone.
/// </summary>
public static partial class FollowupDetector
{
    private static readonly string[] ChineseReferences =
        ["那", "它", "这个", "这种", "这样", "这里", "这么", "那个", "那种", "上面", "刚才", "前面", "上述", "呢", "还有", "然后", "同样"];

    private static readonly HashSet<string> EnglishReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "it's", "itself", "that", "this", "those", "these", "them", "they", "their", "there", "then", "same", "former", "latter",
    };

    private static readonly string[] EnglishOpeners = ["and", "but", "so", "also", "what about", "how about", "same for", "versus", "vs", "compared"];

    public static bool IsReferring(string question)
    {
        var text = question.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var cjk = text.Count(LanguageDetector.IsCjk);
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        if (cjk > 0 && LanguageDetector.Detect(text) == Language.Zh)
        {
            return cjk <= 3 || ChineseReferences.Any(r => text.Contains(r, StringComparison.Ordinal));
        }

        var lower = text.ToLowerInvariant();
        return words.Count <= 2
            || words.Any(EnglishReferences.Contains)
            || EnglishOpeners.Any(o => lower.StartsWith(o + " ", StringComparison.Ordinal) || lower.StartsWith(o + ",", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'\-]*")]
    private static partial Regex Words();
}
