namespace TutorBot.Core.Conversation.Intents;

/// <summary>An answer to the named prompt, graded as an answer whatever it looks like.</summary>
public sealed record AnswerQuestion(QuestionRef Question, string Text) : TutorIntent;
