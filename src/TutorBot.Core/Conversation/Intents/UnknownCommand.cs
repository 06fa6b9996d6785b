namespace TutorBot.Core.Conversation.Intents;

/// <summary>A typed command the tutor does not know ("/foo"); answered with the list of commands.</summary>
public sealed record UnknownCommand(string Name) : TutorIntent;
