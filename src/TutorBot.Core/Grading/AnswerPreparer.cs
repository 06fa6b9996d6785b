using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

public static class AnswerPreparer
{
    // Below this share of readable characters the input is treated as binary junk, not an answer.
    private const double MinReadableShare = 0.7;

    public static PreparedAnswer Prepare(string? answer, int maxChars, Language fallback)
    {
        var raw = answer ?? "";
        var truncated = raw.Length > maxChars;
        var prefix = truncated ? raw[..maxChars] : raw;
        if (truncated && char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1];
        }

        var cleaned = new StringBuilder(prefix.Length);
        var readable = 0;
        var letters = 0;
        var zhOrEnLetters = 0;
        foreach (var c in prefix)
        {
            if (c is '\uFFFD' || char.IsControl(c) && c is not ('\n' or '\t' or '\r') || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF')
            {
                cleaned.Append(' ');
                continue;
            }

            readable++;
            cleaned.Append(c);
            if (char.IsLetter(c))
            {
                letters++;
                if (LanguageDetector.IsCjk(c) || char.IsAscii(c) || c is >= '\u00C0' and <= '\u024F')
                {
                    zhOrEnLetters++;
                }
            }
        }

        var text = cleaned.ToString().Trim();
        var detected = LanguageDetector.Detect(text, fallback);
        var problem = AnswerProblem.None;
        if (text.Length == 0 || !text.Any(char.IsLetterOrDigit))
        {
            problem = prefix.Length > 0 && readable < prefix.Length * MinReadableShare ? AnswerProblem.Unreadable : AnswerProblem.Empty;
        }
        else if (readable < prefix.Length * MinReadableShare)
        {
            problem = AnswerProblem.Unreadable;
        }
        else if (letters > 0 && zhOrEnLetters < letters * 0.5)
        {
            problem = AnswerProblem.UnsupportedLanguage;
        }

        return new PreparedAnswer(text, raw.Length, truncated, detected, problem);
    }
}
