using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;

namespace TutorBot.Host.Commands;

/// <summary>The JSON shape of `model inspect --json`.</summary>
public sealed record ModelInspection(
    string Path,
    long FileSize,
    string Architecture,
    string? Name,
    long Parameters,
    int Layers,
    int Heads,
    int KvHeads,
    int HeadSize,
    int EmbeddingLength,
    int TrainingContext,
    bool HasChatTemplate,
    ModelInspection.KvCache KvCacheEstimate,
    ModelInspection.Memory MemoryEstimate)
{
    public static ModelInspection From(GgufMetadata metadata, MemoryPlan plan) => new(
        metadata.Path,
        metadata.FileSize,
        metadata.Architecture,
        metadata.Name,
        metadata.ParameterCount,
        metadata.Layers,
        metadata.Heads,
        metadata.KvHeads,
        metadata.HeadSize,
        metadata.EmbeddingLength,
        metadata.TrainingContext,
        metadata.ChatTemplate is not null,
        new KvCache(plan.KvCacheBytesPerToken, plan.ContextSize, plan.Sequences, plan.KvCacheBytes),
        new Memory(plan.WeightsBytes, plan.KvCacheBytes, plan.OverheadBytes, plan.TotalBytes, plan.BudgetBytes,
            plan.Refusal is null, plan.Reduced, plan.Refusal, plan.Lines));

    public sealed record KvCache(long BytesPerToken, int Context, int Sequences, long Bytes);

    public sealed record Memory(
        long WeightsBytes, long KvCacheBytes, long OverheadBytes, long TotalBytes, long? BudgetBytes,
        bool Fits, bool Reduced, string? Refusal, IReadOnlyList<string> Steps);
}
