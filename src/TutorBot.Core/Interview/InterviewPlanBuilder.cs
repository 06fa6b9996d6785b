using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Core.Interview;

/// <summary>Turns a StartInterview intent into the plan the engine runs, within the configured limits.</summary>
public static class InterviewPlanBuilder
{
    /// <summary>The most minutes a timed question may be given.</summary>
    public const int MaxTimedMinutes = 60;

    /// <summary>Null when the intent names a topic the bank does not have.</summary>
    public static InterviewPlan? Build(StartInterview intent, InterviewOptions options, Func<string, bool> isTopic)
    {
        var topic = intent.Topic?.Trim();
        if (string.IsNullOrEmpty(topic) || MeansEveryTopic(topic))
        {
            topic = null;
        }
        else if (isTopic(topic))
        {
            topic = topic.ToLowerInvariant();
        }
        else
        {
            return null;
        }

        var count = Math.Clamp(intent.Count ?? options.DefaultQuestionCount, 1, options.MaxQuestionCount);
        var difficulty = intent.Difficulty is >= 1 and <= 3 ? intent.Difficulty : null;
        TimeSpan? timed = intent.Timed || intent.Minutes is not null
            ? TimeSpan.FromMinutes(Math.Clamp(intent.Minutes ?? options.DefaultTimedMinutes, 1, MaxTimedMinutes))
            : null;
        return new InterviewPlan(intent.Mode, topic, difficulty, count) { TimePerQuestion = timed };
    }

    public static bool MeansEveryTopic(string word) => word.ToLowerInvariant() is "mix" or "mixed" or "all" or "混合" or "全部";

    public static int? DifficultyOf(string word) => word.ToLowerInvariant() switch
    {
        "easy" or "d1" or "简单" => 1,
        "medium" or "d2" or "中等" => 2,
        "hard" or "d3" or "困难" => 3,
        _ => null,
    };
}
