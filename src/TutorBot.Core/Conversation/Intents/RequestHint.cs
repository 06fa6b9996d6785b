namespace TutorBot.Core.Conversation.Intents;

/// <summary>A hint on the named prompt, or on the open one when Question is null.</summary>
public sealed record RequestHint(QuestionRef? Question = null) : TutorIntent;
