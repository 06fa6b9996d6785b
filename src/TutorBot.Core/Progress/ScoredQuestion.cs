namespace TutorBot.Core.Progress;

/// <summary>A finished (answered or skipped) interview question and its final 0-10 score.</summary>
public sealed record ScoredQuestion(string EntryId, string Topic, double Score, DateTimeOffset FinishedAt);
