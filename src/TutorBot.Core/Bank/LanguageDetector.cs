namespace TutorBot.Core.Bank;

public static class LanguageDetector
{
    /// <summary>Chinese when a CJK ideograph makes up a meaningful share of the letters, else English.</summary>
    public static Language Detect(string? text, Language fallback = Language.En)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var cjk = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsLetter(c))
            {
                latin++;
            }
        }

        if (cjk == 0 && latin == 0)
        {
            return fallback;
        }

        // One ideograph carries roughly a word; an English word is about five letters.
        return cjk * 5 >= latin ? Language.Zh : Language.En;
    }

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "zh" or "cn" or "zh-cn" or "chinese" or "中文":
                language = Language.Zh;
                return true;
            case "en" or "english" or "英文":
                language = Language.En;
                return true;
            default:
                language = Language.En;
                return false;
        }
    }

    public static string Code(this Language language) => language == Language.Zh ? "zh" : "en";

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
