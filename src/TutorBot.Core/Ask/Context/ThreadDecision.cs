using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Context;

/// <summary>
/// What a question resolved to: the entry to answer from (none when refused), the conversation's entry a follow-up
/// leans on, and the text to search for related entries (the question, joined with what it leans on).
/// </summary>
public sealed record ThreadDecision(ResolvedAs As, BankEntry? Main, BankEntry? ContextEntry, string Query)
{
    /// <summary>A near miss: the subjects of the question the main entry does not cover.</summary>
    public IReadOnlyList<string> NotCovered { get; init; } = [];

    public bool IsNearMiss => NotCovered.Count > 0;

    public static ThreadDecision Refused(string question) => new(ResolvedAs.Refused, null, null, question);

    public static ThreadDecision New(BankEntry main, string question) => new(ResolvedAs.New, main, null, question);

    public Resolution ToResolution() => new(As, ContextEntry?.Id) { NotCovered = NotCovered };
}
