using TutorBot.Llm.Generation;

namespace TutorBot.Host.Commands;

/// <summary>One run of `bench llm`: mean time to first token, mean per-session rate and the aggregate rate.</summary>
internal sealed record BenchLlmMeasurement(double TimeToFirstTokenMs, double SessionTokensPerSecond, double AggregateTokensPerSecond)
{
    public static BenchLlmMeasurement Of(IReadOnlyList<GenerationResult> results, TimeSpan wall) => new(
        results.Average(r => r.TimeToFirstToken.TotalMilliseconds),
        results.Average(r => r.GeneratedTokens / r.Duration.TotalSeconds),
        results.Sum(r => r.GeneratedTokens) / wall.TotalSeconds);

    public static BenchLlmMeasurement Faster(BenchLlmMeasurement? best, BenchLlmMeasurement next) =>
        best is null || next.AggregateTokensPerSecond > best.AggregateTokensPerSecond ? next : best;
}
