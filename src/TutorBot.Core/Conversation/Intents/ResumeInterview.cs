namespace TutorBot.Core.Conversation.Intents;

/// <summary>Shows where the running interview stands and its open question again.</summary>
public sealed record ResumeInterview : TutorIntent;
