using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>Routes a few fixed questions; "kv-cache" with context "bad" fails as a calculator rejects an argument.</summary>
public sealed class TableCalculator : ICalculatorService
{
    public IReadOnlyCollection<string> Names { get; } = ["kv-cache"];

    public CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        if (arguments["context"] == "bad")
        {
            throw new CalculationException("context", "not a number of tokens");
        }

        return new CalculationResult(calculator, arguments, ["batch 1 (not given)"], new Dictionary<string, double> { ["bytes"] = 2147483648 }, ["2 × 2 × 32 × 4096 × 4096 = 2 GiB"])
        {
            Headline = new CalculationHeadline("bytes", 2147483648, "bytes"),
        };
    }

    public CalculationRoute? Route(string question) => question switch
    {
        "kv cache 7b 4k" => new CalculationRoute("kv-cache", new Dictionary<string, string> { ["model"] = "llama-2-7b", ["context"] = "4096" }, ["batch 1 (not given)", "fp16"], []),
        "kv cache 7b bad" => new CalculationRoute("kv-cache", new Dictionary<string, string> { ["model"] = "llama-2-7b", ["context"] = "bad" }, [], []),
        "kv cache" => new CalculationRoute("kv-cache", new Dictionary<string, string>(), [], ["model", "context"]),
        _ => null,
    };
}
