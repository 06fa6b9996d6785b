using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using TutorBot.Calculators;
using TutorBot.Core.Ask;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Llm.Tools;

namespace TutorBot.Llm.Tests.Tools;

/// <summary>ask with a scripted model: the router cannot read the question, the model picks the plugin, the plugin computes.</summary>
public sealed class AskWithCalculatorChoiceTests
{
    private const string Question = "A 13-billion model in int8 serving two 8k-token conversations: how many gigabytes?";

    private readonly ServiceProvider _services = new ServiceCollection().AddCalculatorServices().BuildServiceProvider();

    [Fact]
    public async Task TheAnswerIsTheFigureOfThePluginTheModelChose()
    {
        var calculators = _services.GetRequiredService<ICalculatorService>();
        Assert.Null(calculators.Route(Question));
        var arguments = new Dictionary<string, object?> { ["params"] = "13B", ["dtype"] = "int8", ["context"] = "8k", ["batch"] = "2" };
        var chat = new ScriptedChatClient(new ChatMessage(ChatRole.Assistant, [new Microsoft.Extensions.AI.FunctionCallContent("c1", "inference_memory_inference_memory", arguments)]));
        var ask = Ask(chat, calculators);

        var answer = await ask.AskAsync(new AskRequest(Question, Language.En, []));

        var expected = calculators.Evaluate("inference-memory", new Dictionary<string, string> { ["params"] = "13B", ["dtype"] = "int8", ["context"] = "8k", ["batch"] = "2" });
        Assert.Equal(AskMode.Calculator, answer.Mode);
        Assert.Equal(CalculationPresenter.Render(expected.Result!, Language.En), answer.Answer);
        Assert.Contains(QuantityFormatter.Full(expected.Result!.Headline.Figure, Language.En), answer.Answer);
    }

    [Fact]
    public async Task AQuestionWithoutQuantitiesNeverReachesTheModel()
    {
        var chat = new ScriptedChatClient();
        var ask = Ask(chat, _services.GetRequiredService<ICalculatorService>());

        var answer = await ask.AskAsync(new AskRequest("What does ZeRO-3 shard?", Language.En, []));

        Assert.Empty(chat.Requests);
        Assert.NotEqual(AskMode.Calculator, answer.Mode);
    }

    private AskService Ask(ScriptedChatClient chat, ICalculatorService calculators)
    {
        var kernel = new Kernel();
        foreach (var calculator in _services.GetServices<ICalculator>())
        {
            kernel.Plugins.AddFromObject(calculator, calculator.Name.Replace('-', '_'));
        }

        var planner = new KernelCalculationPlanner(kernel, chat, new AvailableTutorModel(), NullLogger<KernelCalculationPlanner>.Instance);
        return new AskService(new QuestionBank([]), new EmptySearch(), new AvailableTutorModel(), calculators, planner);
    }
}
