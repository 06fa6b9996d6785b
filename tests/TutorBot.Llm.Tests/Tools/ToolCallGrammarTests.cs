using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using TutorBot.Calculators.Plugins;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Tools;

namespace TutorBot.Llm.Tests.Tools;

public sealed class ToolCallGrammarTests
{
    private static IReadOnlyList<AIFunctionDeclaration> CalculatorFunctions()
    {
        var kernel = new Kernel();
        kernel.Plugins.AddFromObject(new InferenceMemoryPlugin(), "inference_memory");
        kernel.Plugins.AddFromObject(new TrainingTimePlugin(), "training_time");
        return kernel.Plugins.SelectMany(p => p.AsAIFunctions(kernel)).ToList();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheGrammarOfTheCalculatorsPassesTheChecker(bool required)
    {
        var grammar = ToolCallGrammar.For(CalculatorFunctions(), required);

        Assert.Empty(GbnfChecker.Check(grammar));
        Assert.Contains("\\\"inference_memory_inference_memory\\\"", grammar);
        Assert.Contains("\"context\"", grammar);
        Assert.Equal(!required, grammar.Split('\n')[0].Contains("decline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"name\":\"training_time_training_time\",\"arguments\":{\"params\":\"7B\",\"tokens\":\"1T\"}}", "training_time_training_time", 2)]
    [InlineData("{\"name\":\"inference_memory_inference_memory\",\"arguments\":{}}", "inference_memory_inference_memory", 0)]
    [InlineData("{\"name\":\"none\"}", null, 0)]
    [InlineData("{\"name\":\"rm_rf\",\"arguments\":{}}", null, 0)]
    [InlineData("{\"name\":\"training_time_training_time\",\"argum", null, 0)]
    [InlineData("7 GB", null, 0)]
    public void AReplyIsReadBackAsOneCallOrNone(string reply, string? function, int arguments)
    {
        var call = ToolCallParser.Parse(reply, CalculatorFunctions());

        Assert.Equal(function, call?.Name);
        Assert.Equal(arguments, call?.Arguments?.Count ?? 0);
    }
}
