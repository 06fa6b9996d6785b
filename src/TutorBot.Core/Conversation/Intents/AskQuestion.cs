namespace TutorBot.Core.Conversation.Intents;

/// <summary>A question for the tutor, answered from the bank; never taken as an interview answer.</summary>
public sealed record AskQuestion(string Text) : TutorIntent;
