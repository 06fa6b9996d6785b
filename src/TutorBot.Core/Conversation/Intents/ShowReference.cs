namespace TutorBot.Core.Conversation.Intents;

/// <summary>The reference answer of a bank entry, for a front-end that shows it on request.</summary>
public sealed record ShowReference(string EntryId) : TutorIntent;
