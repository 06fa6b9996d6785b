using TutorBot.Core.Level;

namespace TutorBot.Core.Progress;

public sealed record ProgressReport(
    int Sessions,
    int FinishedSessions,
    int Answered,
    IReadOnlyList<TopicProgress> Topics,
    int Due,
    DateTimeOffset? NextDue,
    string? ChartPath)
{
    /// <summary>The user's level estimate per topic.</summary>
    public IReadOnlyList<LevelEstimate> Levels { get; init; } = [];
}
