using TutorBot.Calculators.Plugins;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests;

public sealed class CalculatorServiceTests
{
    [Theory]
    [InlineData("training-time", "params=7B", "tokens,gpus,gpu")]
    [InlineData("kv-cache", "batch=2", "layers,hidden,context")]
    [InlineData("kv-cache", "layers=32; kv-heads=8; context=4096", "heads,hidden")]
    [InlineData("pipeline-bubble", "interleave=2", "stages,micro-batches")]
    [InlineData("speculative-decoding", "draft-cost=0.1", "acceptance,draft-tokens")]
    [InlineData("chinchilla", "tokens-per-param=20", "compute")]
    [InlineData("quantized-size", "params=7B", "format")]
    [InlineData("allreduce", "gpus=8", "size,bandwidth")]
    [InlineData("mfu", "params=7B", "tokens-per-second,gpu")]
    [InlineData("moe-memory", "layers=32; hidden=4096; heads=32", "intermediate,vocab,experts,top-k")]
    [InlineData("lora-params", "model=llama-2-7b", "rank")]
    public void EveryAbsentEssentialIsNamedInOneRun(string calculator, string arguments, string missing)
    {
        var outcome = CalculatorRuns.Service.Evaluate(calculator, CalculatorRuns.Parse(arguments));

        Assert.Equal(CalculationOutcomeKind.Incomplete, outcome.Kind);
        Assert.Equal(missing.Split(','), outcome.Missing.Select(m => m.Name));
        Assert.All(outcome.Missing, m => Assert.NotEmpty(m.Hint));
    }

    [Theory]
    [InlineData("kv-cache", "model=llama-2-7b; context=-5", "context")]
    [InlineData("kv-cache", "model=llama-2-7b; context=4096; dtype=fp7", "dtype")]
    [InlineData("training-memory", "params=7B; zero=4", "zero")]
    [InlineData("no-such-calculator", "params=7B", "calculator")]
    public void AWrongValueIsRejectedNamingTheArgument(string calculator, string arguments, string argument)
    {
        var outcome = CalculatorRuns.Service.Evaluate(calculator, CalculatorRuns.Parse(arguments));

        Assert.Equal(CalculationOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal(argument, outcome.Problem?.Name);
        Assert.StartsWith(argument + ":", outcome.Problem?.Message.En);
        Assert.Contains(outcome.Problem!.Message.Zh, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void AKernelCallWithoutAnEssentialArgumentFailsNamingIt()
    {
        var error = Assert.Throws<CalculationException>(() => new TrainingTimePlugin().TrainingTime(@params: "7B", tokens: "1T", gpu: "a100"));

        Assert.Equal("gpus", error.Argument);
        Assert.True(error.IsMissing);
    }
}
