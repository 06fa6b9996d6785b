using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Core.Interview;

/// <summary>
/// Reads the words of a typed "/interview [topic] [count] [difficulty] [zh|en] [timed [minutes]]" in any order: a
/// number is the count (right after "timed" or "计时", the minutes per question), zh/en the language,
/// easy|medium|hard (or d1-d3, 简单|中等|困难) the difficulty, "mix"/"all" no topic, a known topic the topic. The
/// first word that is none of these stops the reading and is left as the topic, for the tutor to refuse.
/// </summary>
public static class InterviewPlanParser
{
    public static StartInterview Parse(IReadOnlyList<string> words, InterviewMode mode, Func<string, bool> isTopic)
    {
        var intent = new StartInterview(mode);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.ToLowerInvariant() is "timed" or "计时" or "限时")
            {
                intent = intent with { Timed = true };
                if (i + 1 < words.Count && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
                {
                    intent = intent with { Minutes = minutes };
                    i++;
                }
            }
            else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                intent = intent with { Count = number };
            }
            else if (LanguageDetector.TryParse(word, out var parsed))
            {
                intent = intent with { Language = parsed };
            }
            else if (InterviewPlanBuilder.DifficultyOf(word) is { } level)
            {
                intent = intent with { Difficulty = level };
            }
            else if (InterviewPlanBuilder.MeansEveryTopic(word))
            {
                intent = intent with { Topic = null };
            }
            else if (isTopic(word))
            {
                intent = intent with { Topic = word.ToLowerInvariant() };
            }
            else
            {
                return intent with { Topic = word };
            }
        }

        return intent;
    }
}
