using System.Diagnostics;
using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Benchmarking;

/// <summary>Builds an index over the given entries and times every query, after one warm-up pass.</summary>
/// <remarks>The slowest queries are ranked by their median over the rounds, so that one descheduling does not rank them.</remarks>
public static class RetrievalBenchmark
{
    private const int SlowestShown = 5;

    public static RetrievalBenchmarkResult Run(
        IReadOnlyList<BankEntry> entries, SynonymTable synonyms, RetrievalOptions options, IReadOnlyList<string> queries, int rounds)
    {
        var build = Stopwatch.StartNew();
        using var search = new LuceneQuestionSearch(new QuestionBank(entries), synonyms, options);
        var buildMs = build.Elapsed.TotalMilliseconds;

        foreach (var query in queries)
        {
            search.Search(query);
        }

        var timings = new List<double>(queries.Count * rounds);
        var perQuery = queries.Select(_ => new List<double>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var hits = search.Search(queries[i]);
                if (hits.Count > 0)
                {
                    search.IsRelevant(hits[0]);
                }

                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                timings.Add(elapsed);
                perQuery[i].Add(elapsed);
            }
        }

        var slowest = queries
            .Select((query, i) => new SlowQuery(query, LatencySummary.From(perQuery[i]).P50Ms))
            .OrderByDescending(q => q.MedianMs)
            .Take(SlowestShown)
            .ToList();
        return new RetrievalBenchmarkResult(entries.Count, buildMs, LatencySummary.From(timings), slowest);
    }
}
