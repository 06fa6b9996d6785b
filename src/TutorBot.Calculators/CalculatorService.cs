using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Routing;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Phrasing;

namespace TutorBot.Calculators;

/// <summary>Runs the calculators by name and reads natural-language questions as calls to them.</summary>
public sealed class CalculatorService(IEnumerable<ICalculator> calculators, QuestionRouter router) : ICalculatorService
{
    private readonly Dictionary<string, ICalculator> _byName = calculators.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        if (!_byName.TryGetValue(calculator, out var target))
        {
            return CalculationOutcome.Rejected("calculator", Phrases.UnknownCalculator(Language.En, calculator, _byName.Keys), Phrases.UnknownCalculator(Language.Zh, calculator, _byName.Keys));
        }

        var given = new CalculatorArguments(arguments!);
        try
        {
            var result = target.Calculate(given);
            return given.MissingArguments.Count > 0 ? CalculationOutcome.Incomplete(given.MissingArguments) : CalculationOutcome.Calculated(result);
        }
        catch (CalculationException e)
        {
            // With an argument absent, a stand-in value may be what broke a later check: the absence is the news.
            return given.MissingArguments.Count > 0 ? CalculationOutcome.Incomplete(given.MissingArguments) : CalculationOutcome.Rejected(e.Argument, e.Text.En, e.Text.Zh);
        }
    }

    public CalculationRoute? Route(string question) =>
        router.Route(question) is var (calculator, arguments) ? new CalculationRoute(calculator, arguments) : null;
}
