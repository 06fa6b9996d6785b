using TutorBot.Core.Calculations;
using TutorBot.Core.Tests.Conversation;

namespace TutorBot.Core.Tests.Calculations;

public sealed class CalculationResolverTests
{
    private readonly CalculationResolver _resolver = new(new TableCalculator());

    [Theory]
    [InlineData("kv cache 7b 4k", CalculationOutcomeKind.Calculated, "")]
    [InlineData("kv cache", CalculationOutcomeKind.Incomplete, "model,context")]
    [InlineData("kv cache 7b bad", CalculationOutcomeKind.Rejected, "")]
    [InlineData("tell me a joke", CalculationOutcomeKind.NotNumeric, "")]
    public void AQuestionResolvesToOneOutcome(string question, CalculationOutcomeKind kind, string missing)
    {
        var outcome = _resolver.Resolve(question);

        Assert.Equal(kind, outcome.Kind);
        Assert.Equal(missing.Split(',', StringSplitOptions.RemoveEmptyEntries), outcome.Missing.Select(m => m.Name));
        Assert.Equal(kind == CalculationOutcomeKind.NotNumeric, outcome.Route is null);
    }

    [Fact]
    public void GivenArgumentsFillWhatTheQuestionLeftOut()
    {
        var outcome = _resolver.Resolve("kv cache", new Dictionary<string, string> { ["model"] = "llama-2-7b", ["context"] = "4096" });

        Assert.Equal(CalculationOutcomeKind.Calculated, outcome.Kind);
        Assert.Equal("4096", outcome.Route!.Arguments["context"]);
    }

    [Fact]
    public void GivenArgumentsReplaceWhatTheQuestionStated()
    {
        var outcome = _resolver.Resolve("kv cache 7b bad", new Dictionary<string, string> { ["context"] = "2048" });

        Assert.Equal(CalculationOutcomeKind.Calculated, outcome.Kind);
        Assert.Equal("2048", outcome.Route!.Arguments["context"]);
    }
}
