using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>The kv-cache calculator's contract, computed here: 2 x 2 bytes x layers x kv heads x head dim x context x batch.</summary>
public sealed class KvCacheCalculatorFake : ICalculatorService
{
    public List<IReadOnlyDictionary<string, string>> Calls { get; } = [];

    public IReadOnlyCollection<string> Names => ["kv-cache"];

    public CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        Assert.Equal("kv-cache", calculator);
        Calls.Add(arguments);
        long Arg(string name) => long.Parse(arguments[name], CultureInfo.InvariantCulture);
        var perToken = 2 * 2 * Arg("layers") * Arg("kv-heads") * Arg("head-dim");
        var bytes = perToken * Arg("context") * Arg("batch");
        var substitution = $"2 x 2 x {Arg("layers")} x {Arg("kv-heads")} x {Arg("head-dim")}";
        var step = new CalculationStep(
            new LocalizedText("每个 token 的 KV 缓存", "KV cache per token"),
            new LocalizedText("2 × 字节数 × 层数 × KV 头数 × 头维度", "2 × bytes × layers × kv_heads × head_dim"),
            new LocalizedText(substitution, substitution),
            Quantity.Bytes(perToken));
        return CalculationOutcome.Calculated(new CalculationResult(
            calculator,
            arguments,
            [],
            new Dictionary<string, double> { ["bytes"] = bytes, ["bytes_per_token"] = perToken },
            [step])
        {
            Headline = new CalculationHeadline("bytes", Quantity.Bytes(bytes)),
        });
    }

    public CalculationRoute? Route(string question) => null;
}
