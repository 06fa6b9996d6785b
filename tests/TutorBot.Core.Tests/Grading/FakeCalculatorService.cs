using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Grading;

/// <summary>Answers every run of one calculator with a fixed result, and records the arguments it was given.</summary>
public sealed class FakeCalculatorService(string name, CalculationResult result) : ICalculatorService
{
    public IReadOnlyCollection<string> Names { get; } = [name];

    public IReadOnlyDictionary<string, string>? LastArguments { get; private set; }

    public CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        if (calculator != name)
        {
            return CalculationOutcome.Rejected("calculator", $"calculator: unknown calculator {calculator}", $"没有名为 {calculator} 的计算器");
        }

        LastArguments = arguments;
        return CalculationOutcome.Calculated(result);
    }

    public CalculationRoute? Route(string question) => null;
}
