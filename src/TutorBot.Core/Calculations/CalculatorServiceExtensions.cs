using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Calculations;

public static class CalculatorServiceExtensions
{
    /// <summary>The result of a run whose arguments are expected to be complete and valid (a bank entry's calc block).</summary>
    /// <exception cref="CalculationException">The calculator rejected or lacked an argument.</exception>
    public static CalculationResult Run(this ICalculatorService calculators, string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        var outcome = calculators.Evaluate(calculator, arguments);
        return outcome.Kind switch
        {
            CalculationOutcomeKind.Calculated => outcome.Result!,
            CalculationOutcomeKind.Incomplete => throw outcome.Missing[0].ToException(),
            _ => throw new CalculationException(
                outcome.Problem?.Name ?? "calculator",
                outcome.Problem?.Message.En ?? Phrases.CalculatorDidNotRun(Language.En, calculator),
                outcome.Problem?.Message.Zh ?? Phrases.CalculatorDidNotRun(Language.Zh, calculator)),
        };
    }
}
