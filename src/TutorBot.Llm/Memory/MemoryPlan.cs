namespace TutorBot.Llm.Memory;

/// <summary>
/// The memory check's outcome: the context and sequence count to load with, the estimate for them, and the
/// arithmetic as lines for the log and `model inspect`. Refusal is set when nothing fits the budget.
/// </summary>
public sealed record MemoryPlan
{
    public required int ContextSize { get; init; }

    public required int Sequences { get; init; }

    public required int GpuLayers { get; init; }

    public required long WeightsBytes { get; init; }

    public required long KvCacheBytesPerToken { get; init; }

    public required long KvCacheBytes { get; init; }

    public required long OverheadBytes { get; init; }

    public long TotalBytes => WeightsBytes + KvCacheBytes + OverheadBytes;

    public long? BudgetBytes { get; init; }

    /// <summary>True when the configured context or sequence count was lowered to fit the budget.</summary>
    public bool Reduced { get; init; }

    public string? Refusal { get; init; }

    public required IReadOnlyList<string> Lines { get; init; }
}
