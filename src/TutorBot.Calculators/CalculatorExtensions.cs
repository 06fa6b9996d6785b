using TutorBot.Calculators.Arguments;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators;

public static class CalculatorExtensions
{
    /// <summary>A run for callers that cannot take a partial answer (a kernel function): an absent argument is an error.</summary>
    /// <exception cref="CalculationException">An argument is missing, malformed or out of range.</exception>
    public static CalculationResult CalculateComplete(this ICalculator calculator, CalculatorArguments arguments)
    {
        var result = calculator.Calculate(arguments);
        if (arguments.MissingArguments is [var first, ..])
        {
            throw first.ToException();
        }

        return result;
    }
}
