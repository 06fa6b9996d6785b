namespace TutorBot.Retrieval.Benchmarking;

public sealed record RetrievalBenchmarkResult(int Entries, double BuildMs, LatencySummary Latency);
