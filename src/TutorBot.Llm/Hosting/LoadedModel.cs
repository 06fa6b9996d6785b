using LLama;
using TutorBot.Llm.Generation;
using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;
using TutorBot.Llm.Templates;

namespace TutorBot.Llm.Hosting;

/// <summary>A model in memory: its weights, metadata, the memory plan it was loaded with, template and scheduler.</summary>
public sealed class LoadedModel(LLamaWeights weights, GgufMetadata metadata, MemoryPlan plan, IChatFormatter formatter, GenerationScheduler scheduler)
    : IAsyncDisposable
{
    public GgufMetadata Metadata { get; } = metadata;

    public MemoryPlan Plan { get; } = plan;

    public IChatFormatter Formatter { get; } = formatter;

    public GenerationScheduler Scheduler { get; } = scheduler;

    public async ValueTask DisposeAsync()
    {
        await Scheduler.DisposeAsync().ConfigureAwait(false);
        weights.Dispose();
    }
}
