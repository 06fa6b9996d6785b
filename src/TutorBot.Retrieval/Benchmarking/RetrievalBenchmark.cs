using System.Diagnostics;
using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Benchmarking;

/// <summary>Builds an index over the given entries and times every query, after one warm-up pass.</summary>
public static class RetrievalBenchmark
{
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
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var hits = search.Search(query);
                if (hits.Count > 0)
                {
                    search.IsRelevant(hits[0]);
                }

                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return new RetrievalBenchmarkResult(entries.Count, buildMs, LatencySummary.From(timings));
    }
}
