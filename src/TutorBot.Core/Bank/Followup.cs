namespace TutorBot.Core.Bank;

/// <summary>A short follow-up question, optionally probing one key point of its entry.</summary>
public sealed record Followup(LocalizedText Question, string? KeyPointId);
