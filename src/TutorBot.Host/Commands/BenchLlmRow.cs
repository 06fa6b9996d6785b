namespace TutorBot.Host.Commands;

/// <summary>One row of `bench llm`: N sessions at once against the same N one after another.</summary>
public sealed record BenchLlmRow(
    int Sessions,
    int Tokens,
    double TtftMs,
    double SessionTokS,
    double AggregateTokS,
    double SequentialTokS,
    double BatchedVsSequential);
