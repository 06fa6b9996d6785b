namespace TutorBot.Core.Conversation.Intents;

/// <summary>The list of commands.</summary>
public sealed record ShowHelp : TutorIntent;
