using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Host.Commands;

/// <summary>The shape `calc --json` prints: {"calculator", "inputs", "assumptions", "result", "steps"}, words in English.</summary>
public sealed record CalcJson(
    string Calculator,
    IReadOnlyDictionary<string, string> Inputs,
    IReadOnlyList<string> Assumptions,
    IReadOnlyDictionary<string, double> Result,
    IReadOnlyList<string> Steps)
{
    public static CalcJson From(CalculationResult result) =>
        new(
            result.Calculator,
            result.Inputs,
            CalculationPresenter.Assumptions(result, Language.En),
            result.Result,
            CalculationPresenter.Steps(result, Language.En));
}
