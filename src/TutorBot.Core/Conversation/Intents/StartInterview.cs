using TutorBot.Core.Bank;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Conversation.Intents;

/// <summary>
/// Starts a practice interview or a review. Topic is checked against the bank ("mix" or none: every topic); Count
/// and Minutes are clamped to the configured limits; Language, when given, also pins the reply language.
/// </summary>
public sealed record StartInterview(InterviewMode Mode) : TutorIntent
{
    public string? Topic { get; init; }

    public int? Count { get; init; }

    /// <summary>1 easy, 2 medium, 3 hard.</summary>
    public int? Difficulty { get; init; }

    public Language? Language { get; init; }

    public bool Timed { get; init; }

    /// <summary>Minutes per question in timed mode; the configured default when null.</summary>
    public int? Minutes { get; init; }
}
