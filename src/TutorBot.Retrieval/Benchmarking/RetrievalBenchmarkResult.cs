namespace TutorBot.Retrieval.Benchmarking;

/// <summary>A bank's index build time, its query latencies, and the queries that took longest.</summary>
public sealed record RetrievalBenchmarkResult(int Entries, double BuildMs, LatencySummary Latency, IReadOnlyList<SlowQuery> Slowest);
