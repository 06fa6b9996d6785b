using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>What an answer is built from: the best entry, other relevant entries, and the key point a follow-up asks about.</summary>
public sealed record Grounding(BankEntry Main, IReadOnlyList<BankEntry> Related, KeyPoint? Focus)
{
    public IReadOnlyList<string> Citations => [Main.Id, .. Related.Select(e => e.Id)];
}
