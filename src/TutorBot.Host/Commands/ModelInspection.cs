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
    ModelInspectionKvCache KvCacheEstimate,
    ModelInspectionMemory MemoryEstimate)
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
        new ModelInspectionKvCache(plan.KvCacheBytesPerToken, plan.ContextSize, plan.Sequences, plan.KvCacheBytes),
        new ModelInspectionMemory(plan.WeightsBytes, plan.KvCacheBytes, plan.OverheadBytes, plan.TotalBytes, plan.BudgetBytes,
            plan.Refusal is null, plan.Reduced, plan.Refusal, plan.Lines));
}
