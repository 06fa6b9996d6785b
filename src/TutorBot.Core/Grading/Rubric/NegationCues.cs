using System.Text.RegularExpressions;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>Cheap detection of a phrase the answer states as false ("softmax does not saturate", "不会饱和").</summary>
public static partial class NegationCues
{
    /// <summary>
    /// True when every occurrence of the phrase in the text follows a negation closely, false when one does not,
    /// null when the phrase does not occur literally.
    /// </summary>
    public static bool? IsNegated(string text, string phrase)
    {
        if (phrase.Length == 0 || StartsNegated(phrase))
        {
            return null;
        }

        var found = false;
        var index = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            found = true;
            var window = text[Math.Max(0, index - 24)..index];
            if (!EnglishNegation().IsMatch(window) && !ChineseNegation().IsMatch(window))
            {
                return false;
            }

            index = text.IndexOf(phrase, index + phrase.Length, StringComparison.OrdinalIgnoreCase);
        }

        return found ? true : null;
    }

    /// <summary>Whether the text just before a wording denies it ("does not use ", "不用") or sets it aside ("instead of ", "而不是").</summary>
    public static bool EndsWithDenial(string window) =>
        EnglishNegation().IsMatch(window) || ChineseNegation().IsMatch(window) || EnglishSetAside().IsMatch(window) || ChineseSetAside().IsMatch(window);

    private static bool StartsNegated(string phrase) =>
        phrase.StartsWith("no ", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("not ", StringComparison.OrdinalIgnoreCase)
        || phrase.StartsWith("non-", StringComparison.OrdinalIgnoreCase) || phrase[0] is '不' or '无' or '没';

    // A negation word followed by at most two words before the phrase.
    [GeneratedRegex(@"\b(not|never|no|n't|cannot|doesn't|don't|isn't|aren't|won't|neither|nor)\b(\s+[\w-]+){0,2}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegation();

    [GeneratedRegex(@"(不|没有|没|并非|无需|不会|不是|无法)[\u4e00-\u9fff]{0,3}\s*$")]
    private static partial Regex ChineseNegation();

    [GeneratedRegex(@"(\b(instead of|rather than|in place of|unlike|not)\b(\s+[\w'-]+){0,2}|\b(replac(e|es|ed|ing)|swap(s|ped)?|drop(s|ped)?|remov(e|es|ed|ing)|skip(s|ped)?|omit(s|ted)?|without)\b(\s+(the|out|its|their|any))?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSetAside();

    [GeneratedRegex(@"(而不是|而非|不是|取代|替代|代替|替换掉|替换了|不同于|不像|并非|去掉了?|省去了?|省掉了?|不再)[^，。；,;]{0,8}$")]
    private static partial Regex ChineseSetAside();
}
