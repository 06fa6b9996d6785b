using TutorBot.Retrieval.Benchmarking;
using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Benchmarking;

public sealed class BenchmarkingTests
{
    [Fact]
    public void ReplicationKeepsTheOriginalsAndGivesEveryCopyAUniqueId()
    {
        var entries = BankReplicator.Replicate(TestBank.Bank.Entries, 20);

        Assert.Equal(20, entries.Count);
        Assert.Equal(TestBank.Bank.Entries, entries.Take(TestBank.Bank.Entries.Count));
        Assert.Equal(20, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(entries[0].Question, entries[TestBank.Bank.Entries.Count].Question);
    }

    [Fact]
    public void PercentilesUseTheNearestRank()
    {
        var summary = LatencySummary.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList());

        Assert.Equal(100, summary.Samples);
        Assert.Equal(50, summary.P50Ms);
        Assert.Equal(99, summary.P99Ms);
        Assert.Equal(100, summary.MaxMs);
    }

    [Fact]
    public void ABenchmarkTimesEveryQueryOfEveryRound()
    {
        var result = RetrievalBenchmark.Run(TestBank.Bank.Entries, TestBank.Synonyms, new RetrievalOptions(), ["LoRA", "kv cache", "why"], rounds: 2);

        Assert.Equal(TestBank.Bank.Entries.Count, result.Entries);
        Assert.Equal(6, result.Latency.Samples);
        Assert.True(result.BuildMs > 0);
        Assert.Equal(new[] { "LoRA", "kv cache", "why" }.Order(StringComparer.Ordinal), result.Slowest.Select(q => q.Query).Order(StringComparer.Ordinal));
        Assert.True(result.Slowest.Zip(result.Slowest.Skip(1)).All(p => p.First.MedianMs >= p.Second.MedianMs));
    }
}
