namespace TutorBot.Core.Interview;

/// <summary>The grader's verdict on one answer: 0-10, key point ids made and missed, and its feedback text.</summary>
public sealed record AnswerGrade(double Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missed, string Feedback);
