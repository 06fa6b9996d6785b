namespace TutorBot.Core.Conversation.Intents;

/// <summary>A typed command whose arguments could not be read; answered with its usage.</summary>
public sealed record MalformedCommand(string Usage) : TutorIntent;
