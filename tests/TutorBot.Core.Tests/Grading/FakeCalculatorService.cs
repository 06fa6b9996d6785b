using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Grading;

/// <summary>Answers every run of one calculator with a fixed result, and records the arguments it was given.</summary>
public sealed class FakeCalculatorService(string name, CalculationResult result) : ICalculatorService
{
    public IReadOnlyCollection<string> Names { get; } = [name];

    public IReadOnlyDictionary<string, string>? LastArguments { get; private set; }

    public CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        if (calculator != name)
        {
            throw new CalculationException("calculator", $"unknown calculator {calculator}");
        }

        LastArguments = arguments;
        return result;
    }

    public CalculationRoute? Route(string question) => null;
}
