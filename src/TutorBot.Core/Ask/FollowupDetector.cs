using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>
/// Recognises questions that lean on the previous turns: by a pronoun ("why does it…", "what does beta do there?",
/// "那它为什么…"), by ellipsis ("and QLoRA?", "what about 70B?", "量化呢？") or by being too short to stand alone
/// ("beta?", "GPTQ vs AWQ?", "为什么？"). A question that merely starts with "why" or "为什么" and names its subject
/// stands alone.
/// </summary>
public static partial class FollowupDetector
{
    private static readonly string[] ChineseReferences =
        ["那", "它", "这", "那个", "那种", "上面", "刚才", "前面", "上述", "呢", "还有", "然后", "同样"];

    private static readonly string[] ChinesePronouns = ["它", "这", "那个", "那种", "那里", "上面", "刚才", "前面", "上述"];

    private static readonly HashSet<string> EnglishReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "it's", "itself", "that", "this", "those", "these", "them", "they", "their", "there", "then", "same", "former", "latter", "one", "ones",
    };

    private static readonly HashSet<string> EnglishAsking = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "what's", "how", "why", "which", "when", "where", "who", "is", "are", "does", "do", "did", "can", "could",
        "should", "would", "will", "explain", "describe", "tell", "compare", "define", "give", "list",
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
        // "GPTQ vs AWQ?", "BF16 or FP16?": a few names and no asking word is a question only the conversation completes.
        return words.Count <= 2
            || (words.Count <= 4 && !words.Any(EnglishAsking.Contains))
            || words.Any(EnglishReferences.Contains)
            || EnglishOpeners.Any(o => lower.StartsWith(o + " ", StringComparison.Ordinal) || lower.StartsWith(o + ",", StringComparison.Ordinal));
    }

    /// <summary>Whether the question points back with a pronoun ("it", "there", "它", "这"), not only by leaving words out.</summary>
    public static bool HasPronoun(string question)
    {
        var words = Words().Matches(question).Select(m => m.Value);
        return words.Any(EnglishReferences.Contains) || ChinesePronouns.Any(p => question.Contains(p, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'\-]*")]
    private static partial Regex Words();
}
