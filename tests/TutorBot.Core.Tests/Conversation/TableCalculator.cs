using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>Routes a few fixed questions; "kv-cache" with context "bad" is rejected, without model or context it is incomplete.</summary>
public sealed class TableCalculator : ICalculatorService
{
    public IReadOnlyCollection<string> Names { get; } = ["kv-cache"];

    public CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        var missing = new[] { "model", "context" }.Where(a => !arguments.ContainsKey(a)).Select(a => new MissingArgument(a, "needed")).ToList();
        if (missing.Count > 0)
        {
            return CalculationOutcome.Incomplete(missing);
        }

        if (arguments["context"] == "bad")
        {
            return CalculationOutcome.Rejected("context", "context: not a number of tokens", "--context：不是 token 数");
        }

        var step = new CalculationStep(
            new LocalizedText("KV 缓存", "KV cache"),
            new LocalizedText("2 × 字节数 × 层数 × 隐藏维度 × 序列长度", "2 × bytes × layers × hidden × context"),
            new LocalizedText("2 × 2 × 32 × 4096 × 4096", "2 × 2 × 32 × 4096 × 4096"),
            Quantity.Bytes(2147483648));
        return CalculationOutcome.Calculated(new CalculationResult(
            calculator,
            arguments,
            [new LocalizedText("batch 取 1（未给出）", "batch 1 (not given)")],
            new Dictionary<string, double> { ["bytes"] = 2147483648 },
            [step])
        {
            Headline = new CalculationHeadline("bytes", Quantity.Bytes(2147483648)),
        });
    }

    public CalculationRoute? Route(string question) => question switch
    {
        "kv cache 7b 4k" => new CalculationRoute("kv-cache", new Dictionary<string, string> { ["model"] = "llama-2-7b", ["context"] = "4096" }),
        "kv cache 7b bad" => new CalculationRoute("kv-cache", new Dictionary<string, string> { ["model"] = "llama-2-7b", ["context"] = "bad" }),
        "kv cache" => new CalculationRoute("kv-cache", new Dictionary<string, string>()),
        _ => null,
    };
}
