using System.Text.RegularExpressions;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Context;

/// <summary>
/// The dominant language of a question, counting one ideograph against one English word: "什么是 speculative
/// decoding？" is Chinese with an English term in it, "What does 量化 do to the KV cache?" English with a Chinese one.
/// </summary>
public static partial class QuestionLanguage
{
    public static Language Of(string question, Language fallback)
    {
        var ideographs = question.Count(LanguageDetector.IsCjk);
        var words = Words().Count(question);
        if (ideographs == 0 && words == 0)
        {
            return fallback;
        }

        return ideographs >= words ? Language.Zh : Language.En;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9'\-_.]*")]
    private static partial Regex Words();
}
