namespace TutorBot.Core.Interview;

/// <summary>What the user asked for: mode, optional topic and difficulty, how many questions, and in timed mode the time each may take.</summary>
public sealed record InterviewPlan(InterviewMode Mode, string? Topic, int? Difficulty, int Count)
{
    public TimeSpan? TimePerQuestion { get; init; }
}
