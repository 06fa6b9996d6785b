namespace TutorBot.Core.Conversation.Intents;

/// <summary>Skips the named prompt, or the open one when Question is null.</summary>
public sealed record SkipQuestion(QuestionRef? Question = null) : TutorIntent;
