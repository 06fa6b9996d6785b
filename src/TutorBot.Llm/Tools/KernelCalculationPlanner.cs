using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using TutorBot.Core.Calculations;
using TutorBot.Core.Model;

namespace TutorBot.Llm.Tools;

/// <summary>
/// The model picks one of the kernel's calculator plugins and fills its arguments through function calling; the
/// plugin, invoked by the kernel, computes the figure. The model never states a number itself.
/// </summary>
public sealed class KernelCalculationPlanner(Kernel kernel, IChatClient chatClient, ITutorModel model, ILogger<KernelCalculationPlanner> logger)
    : ICalculationPlanner
{
    private const int MaxCallTokens = 160;

    private const string Instructions =
        "You route numeric questions about LLM training and inference to a calculator. Pick the function that computes "
        + "what the question asks and copy the figures it gives into the arguments, with their units (7B, 4k, fp16, 80GB).";

    // The kernel's plugins are fixed when it is built; their function-tool forms (named plugin_function) are made once.
    private readonly List<KernelFunction> _functions = kernel.Plugins.SelectMany(p => p.AsAIFunctions(kernel)).OfType<KernelFunction>().ToList();

    public async Task<CalculationResult?> PlanAsync(string question, CancellationToken cancellationToken = default)
    {
        if (!model.IsAvailable)
        {
            return null;
        }

        var options = new ChatOptions { Tools = [.. _functions], ToolMode = ChatToolMode.Auto, MaxOutputTokens = MaxCallTokens, Temperature = 0 };
        var response = await chatClient.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, question)], options, cancellationToken).ConfigureAwait(false);
        var call = response.Messages.SelectMany(m => m.Contents).OfType<Microsoft.Extensions.AI.FunctionCallContent>().FirstOrDefault();
        if (call is null || _functions.FirstOrDefault(f => ToolName(f) == call.Name) is not { } function)
        {
            return null;
        }

        try
        {
            var arguments = new KernelArguments();
            foreach (var (name, value) in call.Arguments ?? new Dictionary<string, object?>())
            {
                arguments[name] = value;
            }

            var result = await function.InvokeAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
            return result.GetValue<CalculationResult>();
        }
        catch (CalculationException e)
        {
            logger.LogInformation("The model called {Function} with arguments the calculator refused: {Reason}", call.Name, e.Message);
            return null;
        }
    }

    // As a tool a function is named plugin_function; KernelFunction.Name is the function's name alone.
    private static string ToolName(AIFunction function) => function.Name;
}
