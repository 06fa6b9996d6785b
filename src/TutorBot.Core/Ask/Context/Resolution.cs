namespace TutorBot.Core.Ask.Context;

/// <summary>
/// Why an answer is about what it is about: how the question was read, the conversation's entry a follow-up leans
/// on, the standalone question a model rewrote it into, and for a near miss what the bank does not cover.
/// </summary>
public sealed record Resolution(ResolvedAs As, string? ContextEntryId = null)
{
    public string? Standalone { get; init; }

    public IReadOnlyList<string> NotCovered { get; init; } = [];

    public static Resolution None { get; } = new(ResolvedAs.New);
}
