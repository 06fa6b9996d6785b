using System.Globalization;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Interview;

/// <summary>
/// Reads "/interview [topic] [count] [difficulty] [zh|en] [timed [minutes]]" in any order: a number is the count
/// (right after "timed" or "计时", the minutes per question), zh/en the language, easy|medium|hard (or d1-d3,
/// 简单|中等|困难) the difficulty, "mix"/"all" no topic, anything else a topic.
/// </summary>
public static class InterviewPlanParser
{
    /// <summary>The most minutes a timed question may be given.</summary>
    public const int MaxTimedMinutes = 60;

    public static ParsedInterviewCommand Parse(IReadOnlyList<string> words, InterviewMode mode, InterviewOptions options, Func<string, bool> isTopic)
    {
        string? topic = null;
        int? difficulty = null;
        Language? language = null;
        TimeSpan? timed = null;
        var count = options.DefaultQuestionCount;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.ToLowerInvariant() is "timed" or "计时" or "限时")
            {
                var minutes = options.DefaultTimedMinutes;
                if (i + 1 < words.Count && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var named))
                {
                    minutes = Math.Clamp(named, 1, MaxTimedMinutes);
                    i++;
                }

                timed = TimeSpan.FromMinutes(minutes);
            }
            else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                count = Math.Clamp(number, 1, options.MaxQuestionCount);
            }
            else if (LanguageDetector.TryParse(word, out var parsed))
            {
                language = parsed;
            }
            else if (DifficultyOf(word) is { } level)
            {
                difficulty = level;
            }
            else if (word.ToLowerInvariant() is "mix" or "mixed" or "all" or "混合" or "全部")
            {
                topic = null;
            }
            else if (isTopic(word))
            {
                topic = word.ToLowerInvariant();
            }
            else
            {
                return new ParsedInterviewCommand(null, language, word);
            }
        }

        return new ParsedInterviewCommand(new InterviewPlan(mode, topic, difficulty, count) { TimePerQuestion = timed }, language, null);
    }

    private static int? DifficultyOf(string word) => word.ToLowerInvariant() switch
    {
        "easy" or "d1" or "简单" => 1,
        "medium" or "d2" or "中等" => 2,
        "hard" or "d3" or "困难" => 3,
        _ => null,
    };
}
