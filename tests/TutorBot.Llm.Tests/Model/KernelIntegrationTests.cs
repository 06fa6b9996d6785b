using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using TutorBot.Core.Calculations;
using TutorBot.Llm.Chat;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Model;

public sealed class KernelIntegrationTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public void TheKernelUsesTheLocalModelAsItsChatClient()
    {
        var kernel = fixture.Host.Services.GetRequiredService<Kernel>();

        Assert.IsType<LlamaChatClient>(kernel.GetRequiredService<IChatClient>());
    }

    [Fact]
    public async Task TheKernelHoldsTheCalculatorPlugins()
    {
        var kernel = fixture.Host.Services.GetRequiredService<Kernel>();

        var result = await kernel.InvokeAsync("kv_cache", "kv_cache", new KernelArguments
        {
            ["layers"] = "32", ["heads"] = "32", ["headDim"] = "128", ["context"] = "4096", ["batch"] = "1", ["dtype"] = "fp16",
        });

        Assert.Contains("inference_memory", kernel.Plugins.Select(p => p.Name));
        Assert.Equal(2L << 30, (long)result.GetValue<CalculationResult>()!.Result["bytes"]);
    }

    [Fact]
    public async Task APromptFunctionRunsOnTheLocalModel()
    {
        var kernel = fixture.Host.Services.GetRequiredService<Kernel>();
        var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["max_tokens"] = 8, ["seed"] = 4 } };

        var result = await kernel.InvokePromptAsync("Explain {{$topic}} briefly.", new KernelArguments(settings) { ["topic"] = "RoPE" });

        Assert.NotNull(result.GetValue<string>());
    }
}
