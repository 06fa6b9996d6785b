namespace TutorBot.Host.Commands;

/// <summary>`model inspect --json`: the memory estimate against the budget, with its arithmetic.</summary>
public sealed record ModelInspectionMemory(
    long WeightsBytes,
    long KvCacheBytes,
    long OverheadBytes,
    long TotalBytes,
    long? BudgetBytes,
    bool Fits,
    bool Reduced,
    string? Refusal,
    IReadOnlyList<string> Steps);
