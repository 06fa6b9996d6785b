using TutorBot.Core.Bank;

namespace TutorBot.Core.Search;

public sealed record SearchHit(BankEntry Entry, double Score)
{
    /// <summary>The share (0..1) of the query's topical weight found in the entry; relevance tests read it.</summary>
    public double Coverage { get; init; }
}
