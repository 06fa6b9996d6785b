namespace TutorBot.Core.Progress;

public sealed record ProgressReport(
    int Sessions,
    int FinishedSessions,
    int Answered,
    IReadOnlyList<TopicProgress> Topics,
    int Due,
    DateTimeOffset? NextDue,
    string? ChartPath);
