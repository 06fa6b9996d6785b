using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>
/// Routes any question that mentions "kv" to the kv-cache calculator, taking a model size like "70B" from the text;
/// the model is missing unless the question (or its context) names a size. Records every run.
/// </summary>
public sealed class FakeCalculatorService : ICalculatorService
{
    public List<(string Calculator, IReadOnlyDictionary<string, string> Arguments)> Runs { get; } = [];

    public List<string> RoutedQuestions { get; } = [];

    public IReadOnlyCollection<string> Names { get; } = ["kv-cache"];

    public CalculationRoute? Route(string question)
    {
        RoutedQuestions.Add(question);
        if (!question.Contains("kv", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var arguments = new Dictionary<string, string>();
        var size = System.Text.RegularExpressions.Regex.Match(question, @"(\d+)\s*[bB]\b|(\d+)\s*[bB](?=[^a-zA-Z]|$)");
        if (size.Success)
        {
            arguments["model"] = size.Value.Trim().ToUpperInvariant();
        }

        return new CalculationRoute("kv-cache", arguments);
    }

    public CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        if (!arguments.TryGetValue("model", out var model))
        {
            return CalculationOutcome.Incomplete([new MissingArgument("model", "a model size, e.g. 7B")]);
        }

        Runs.Add((calculator, arguments));
        if (model == "0B")
        {
            return CalculationOutcome.Rejected("model", "model: the model size must be positive", "--model：模型大小必须为正");
        }

        var step = new CalculationStep(
            new LocalizedText("KV 缓存", "KV cache"),
            new LocalizedText("2 × 层数 × batch × 序列长度 × 隐藏维度 × 字节数", "2 × layers × batch × context × hidden × bytes"),
            new LocalizedText("2 × 32 × 4 × 2048 × 4096 × 2", "2 × 32 × 4 × 2048 × 4096 × 2"),
            Quantity.Bytes(4294967296));
        return CalculationOutcome.Calculated(new CalculationResult(
            calculator,
            arguments,
            [new LocalizedText("fp16（每个值 2 字节）", "fp16 (2 bytes)")],
            new Dictionary<string, double> { ["total_bytes"] = 4294967296 },
            [step])
        {
            Headline = new CalculationHeadline("total_bytes", Quantity.Bytes(4294967296)),
        });
    }
}
