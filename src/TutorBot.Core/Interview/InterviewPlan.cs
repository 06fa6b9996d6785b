namespace TutorBot.Core.Interview;

/// <summary>What the user asked for: mode, optional topic and difficulty, how many questions.</summary>
public sealed record InterviewPlan(InterviewMode Mode, string? Topic, int? Difficulty, int Count);
