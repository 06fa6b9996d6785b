using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>An answer to grade: against a bank entry, or ad hoc against a question and reference answer.</summary>
public sealed record GradeRequest(BankEntry? Entry, string Question, string? Reference, string Answer, Language Language, string UserKey = "")
{
    /// <summary>Other people's answers to the same question (no scores), when a batch is graded; used without a rubric.</summary>
    public IReadOnlyList<string> PeerAnswers { get; init; } = [];
}
