using TutorBot.Llm.Gguf;
using TutorBot.Llm.Memory;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Memory;

public sealed class MemoryPlannerTests
{
    // Llama-2-7B's shape: 32 layers, 32 heads of 128; 512 KiB of fp16 KV cache per token.
    private static readonly GgufMetadata Llama7B = new()
    {
        Path = "llama-2-7b.Q4_K_M.gguf",
        FileSize = 4_080_000_000,
        Version = 3,
        Architecture = "llama",
        ParameterCount = 6_740_000_000,
        Layers = 32,
        Heads = 32,
        KvHeads = 32,
        EmbeddingLength = 4096,
        HeadSize = 128,
        TrainingContext = 4096,
        Tensors = [],
        TensorDataBytes = 4_000_000_000,
    };

    private readonly KvCacheCalculatorFake _calculator = new();

    private MemoryPlanner Planner => new(_calculator);

    [Fact]
    public void WithoutABudgetTheConfiguredSizesAreKeptAndTheArithmeticShown()
    {
        var plan = Planner.Plan(Llama7B, contextSize: 4096, sequences: 4, gpuLayerCount: -1, budgetBytes: null);

        Assert.Equal((4096, 4), (plan.ContextSize, plan.Sequences));
        Assert.Equal(524_288, plan.KvCacheBytesPerToken);
        Assert.Equal(524_288L * 4096 * 4, plan.KvCacheBytes);
        Assert.Equal(4_000_000_000, plan.WeightsBytes);
        Assert.Null(plan.Refusal);
        Assert.Contains(plan.Lines, l => l.Contains("524,288 bytes/token x 4096 tokens x 4 sequences", StringComparison.Ordinal));
        Assert.Equal("4096", _calculator.Calls[^1]["context"]);
        Assert.Equal("4", _calculator.Calls[^1]["batch"]);
    }

    [Fact]
    public void OverBudgetItLowersTheContextBeforeTheSequences()
    {
        // 4 GB weights + 2 GiB x 4 KV cache does not fit 12 GiB; context 2048 x 4 sequences (4 GiB KV) does.
        var plan = Planner.Plan(Llama7B, contextSize: 4096, sequences: 4, gpuLayerCount: -1, budgetBytes: 12L << 30);

        Assert.True(plan.Reduced);
        Assert.Equal((2048, 4), (plan.ContextSize, plan.Sequences));
        Assert.True(plan.TotalBytes <= 12L << 30);
        Assert.Contains(plan.Lines, l => l == "lowered to fit the budget: context 4096 -> 2048, sequences 4 -> 4");
    }

    [Fact]
    public void WhenContextAlonePassesItsFloorTheSequencesGoDown()
    {
        var plan = Planner.Plan(Llama7B, contextSize: 2048, sequences: 8, gpuLayerCount: -1, budgetBytes: 7L << 30);

        Assert.True(plan.Reduced);
        Assert.Equal(2048, plan.ContextSize);
        Assert.True(plan.Sequences < 8);
        Assert.True(plan.TotalBytes <= 7L << 30);
    }

    [Fact]
    public void AModelThatCannotFitIsRefusedWithTheReason()
    {
        var plan = Planner.Plan(Llama7B, contextSize: 4096, sequences: 4, gpuLayerCount: -1, budgetBytes: 2L << 30);

        Assert.NotNull(plan.Refusal);
        Assert.StartsWith("llama-2-7b.Q4_K_M.gguf does not fit Llm:GpuMemoryBudget", plan.Refusal);
    }

    [Fact]
    public void OnlyOffloadedLayersCountAgainstTheGpu()
    {
        var plan = Planner.Plan(Llama7B, contextSize: 4096, sequences: 1, gpuLayerCount: 16, budgetBytes: null);

        Assert.Equal(2_000_000_000, plan.WeightsBytes);
        Assert.Equal(524_288L * 4096 / 2, plan.KvCacheBytes);
    }
}
