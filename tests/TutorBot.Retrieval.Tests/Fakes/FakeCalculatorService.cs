using TutorBot.Core.Calculations;

namespace TutorBot.Retrieval.Tests.Fakes;

/// <summary>
/// Routes any question that mentions "kv" to the kv-cache calculator, taking a model size like "70B" from the text;
/// the layers are missing unless the question (or its context) names a known model size. Records every run.
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

        return new CalculationRoute("kv-cache", arguments, [], arguments.ContainsKey("model") ? [] : ["model"]);
    }

    public CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        Runs.Add((calculator, arguments));
        if (arguments.TryGetValue("model", out var model) && model == "0B")
        {
            throw new CalculationException("model", "the model size must be positive");
        }

        return new CalculationResult(calculator, arguments, ["fp16 (2 bytes)"], new Dictionary<string, double> { ["total_bytes"] = 4294967296 }, ["2 × 32 × 4 × 2048 × 4096 × 2 bytes"])
        {
            Headline = new CalculationHeadline("total_bytes", 4294967296, "bytes"),
        };
    }
}
