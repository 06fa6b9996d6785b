namespace TutorBot.Core.Conversation.Intents;

/// <summary>Grades an answer to a question (a bank entry id or the question's text), outside any interview.</summary>
public sealed record GradeAnswer(string Question, string Answer) : TutorIntent
{
    /// <summary>A reference answer to grade against when the question is not in the bank.</summary>
    public string? Reference { get; init; }
}
