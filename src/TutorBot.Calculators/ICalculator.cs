using TutorBot.Calculators.Arguments;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators;

/// <summary>A calculator the CLI and the router call by name with kebab-case arguments.</summary>
public interface ICalculator
{
    string Name { get; }

    IReadOnlyList<string> ArgumentNames { get; }

    /// <summary>
    /// Runs the calculation; absent essential arguments are recorded in <see cref="CalculatorArguments.MissingArguments"/>
    /// (and the result, computed with stand-ins, is not to be used).
    /// </summary>
    /// <exception cref="CalculationException">An argument is malformed or out of range.</exception>
    CalculationResult Calculate(CalculatorArguments arguments);
}
