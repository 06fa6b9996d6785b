using TutorBot.Calculators.Arguments;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators;

/// <summary>A calculator the CLI and the router call by name with kebab-case arguments.</summary>
public interface ICalculator
{
    string Name { get; }

    IReadOnlyList<string> ArgumentNames { get; }

    /// <exception cref="CalculationException">An argument is missing, malformed or out of range.</exception>
    CalculationResult Calculate(CalculatorArguments arguments);
}
