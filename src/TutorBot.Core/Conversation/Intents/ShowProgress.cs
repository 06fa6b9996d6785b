namespace TutorBot.Core.Conversation.Intents;

/// <summary>The user's progress report (and chart).</summary>
public sealed record ShowProgress : TutorIntent;
