namespace TutorBot.Core.Conversation.Intents;

/// <summary>
/// The user is about to write an answer to the named prompt (Discord's Answer button, before its modal opens):
/// nothing while the prompt is open, "that question has moved on" once it is not. Changes nothing either way.
/// </summary>
public sealed record OpenAnswer(QuestionRef Question) : TutorIntent;
