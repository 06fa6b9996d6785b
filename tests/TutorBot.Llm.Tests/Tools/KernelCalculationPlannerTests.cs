using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Plugins;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Llm.Tools;

namespace TutorBot.Llm.Tests.Tools;

public sealed class KernelCalculationPlannerTests
{
    private const string Question = "A 13-billion model in int8 serving two 8k-token conversations: how many gigabytes?";

    private static Kernel CalculatorKernel()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromObject(new InferenceMemoryPlugin(), "inference_memory");
        kernel.Plugins.AddFromObject(new KvCachePlugin(), "kv_cache");
        return kernel;
    }

    private static ChatMessage Call(string function, Dictionary<string, object?> arguments) =>
        new(ChatRole.Assistant, [new Microsoft.Extensions.AI.FunctionCallContent("call-1", function, arguments)]);

    [Fact]
    public async Task TheFigureIsThePluginsOwnForTheCallTheModelChose()
    {
        var arguments = new Dictionary<string, object?> { ["params"] = "13B", ["dtype"] = "int8", ["context"] = "8k", ["batch"] = "2" };
        var chat = new ScriptedChatClient(Call("inference_memory_inference_memory", arguments));
        var planner = new KernelCalculationPlanner(CalculatorKernel(), chat, new AvailableTutorModel(), NullLogger<KernelCalculationPlanner>.Instance);

        var result = await planner.PlanAsync(Question);

        var expected = new InferenceMemoryPlugin().Calculate(CalculatorArguments.Of(("params", "13B"), ("dtype", "int8"), ("context", "8k"), ("batch", "2")));
        Assert.NotNull(result);
        Assert.Equal("inference-memory", result.Calculator);
        Assert.Equal(expected.Headline, result.Headline);
        var offered = chat.Requests.Single().Options!.Tools!.Select(t => t.Name).ToList();
        Assert.Contains("inference_memory_inference_memory", offered);
        Assert.Contains("kv_cache_kv_cache", offered);
        Assert.Contains(Question, chat.Requests.Single().Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task AModelThatCallsNothingLeavesTheQuestionToTheBank()
    {
        var chat = new ScriptedChatClient(new ChatMessage(ChatRole.Assistant, "{\"name\":\"none\"}"));
        var planner = new KernelCalculationPlanner(CalculatorKernel(), chat, new AvailableTutorModel(), NullLogger<KernelCalculationPlanner>.Instance);

        Assert.Null(await planner.PlanAsync(Question));
    }

    [Fact]
    public async Task ArgumentsTheCalculatorRefusesGiveNoFigure()
    {
        var chat = new ScriptedChatClient(Call("kv_cache_kv_cache", new Dictionary<string, object?> { ["layers"] = "-3", ["context"] = "lots" }));
        var planner = new KernelCalculationPlanner(CalculatorKernel(), chat, new AvailableTutorModel(), NullLogger<KernelCalculationPlanner>.Instance);

        Assert.Null(await planner.PlanAsync(Question));
    }

    [Fact]
    public async Task WithoutAModelNothingIsAsked()
    {
        var chat = new ScriptedChatClient();
        var planner = new KernelCalculationPlanner(CalculatorKernel(), chat, new AvailableTutorModel(available: false), NullLogger<KernelCalculationPlanner>.Instance);

        Assert.Null(await planner.PlanAsync(Question));
        Assert.Empty(chat.Requests);
    }
}
