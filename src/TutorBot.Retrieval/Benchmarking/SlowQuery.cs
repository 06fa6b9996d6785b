namespace TutorBot.Retrieval.Benchmarking;

/// <summary>A query of the benchmark with its median time over the rounds.</summary>
public sealed record SlowQuery(string Query, double MedianMs);
