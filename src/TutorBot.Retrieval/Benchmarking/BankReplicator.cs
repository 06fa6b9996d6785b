using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Benchmarking;

/// <summary>Grows a bank to a given size by copying its entries under new ids, to measure search at scale.</summary>
public static class BankReplicator
{
    public static IReadOnlyList<BankEntry> Replicate(IReadOnlyList<BankEntry> entries, int count)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        return Enumerable.Range(0, count)
            .Select(i => i < entries.Count ? entries[i] : entries[i % entries.Count] with { Id = $"{entries[i % entries.Count].Id}-copy{i / entries.Count}" })
            .ToList();
    }
}
