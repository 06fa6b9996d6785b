namespace TutorBot.Core.Bank;

public sealed record BankEntry(
    string Id,
    string Topic,
    int Difficulty,
    EntryKind Kind,
    LocalizedText Question,
    LocalizedText Answer,
    IReadOnlyList<KeyPoint> KeyPoints,
    IReadOnlyList<Followup> Followups,
    IReadOnlyList<string> Tags,
    CalcSpec? Calc)
{
    /// <summary>The file the entry was loaded from, for messages.</summary>
    public string SourceFile { get; init; } = "";

    /// <summary>Deeper or what-if questions for a candidate who answered well.</summary>
    public IReadOnlyList<Followup> Stretch { get; init; } = [];

    /// <summary>Wrong claims a candidate may make about this entry, each with its correction.</summary>
    public IReadOnlyList<WrongClaim> Wrong { get; init; } = [];
}
