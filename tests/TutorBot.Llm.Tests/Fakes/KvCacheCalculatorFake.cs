using System.Globalization;
using TutorBot.Core.Calculations;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>The kv-cache calculator's contract, computed here: 2 x 2 bytes x layers x kv heads x head dim x context x batch.</summary>
public sealed class KvCacheCalculatorFake : ICalculatorService
{
    public List<IReadOnlyDictionary<string, string>> Calls { get; } = [];

    public IReadOnlyCollection<string> Names => ["kv-cache"];

    public CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        Assert.Equal("kv-cache", calculator);
        Calls.Add(arguments);
        long Arg(string name) => long.Parse(arguments[name], CultureInfo.InvariantCulture);
        var perToken = 2 * 2 * Arg("layers") * Arg("kv-heads") * Arg("head-dim");
        var bytes = perToken * Arg("context") * Arg("batch");
        return new CalculationResult(
            calculator,
            arguments,
            [],
            new Dictionary<string, double> { ["bytes"] = bytes, ["bytes_per_token"] = perToken },
            [$"2 x 2 x {Arg("layers")} x {Arg("kv-heads")} x {Arg("head-dim")} = {perToken} bytes/token"])
        {
            Headline = new CalculationHeadline("bytes", bytes, "bytes"),
        };
    }

    public CalculationRoute? Route(string question) => null;
}
