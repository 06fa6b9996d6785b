namespace TutorBot.Core.Progress;

/// <summary>What storage knows of a user's history: session counts and every finished question.</summary>
public sealed record ProgressData(int Sessions, int FinishedSessions, IReadOnlyList<ScoredQuestion> Questions);
