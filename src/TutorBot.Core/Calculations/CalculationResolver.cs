namespace TutorBot.Core.Calculations;

/// <summary>
/// The one path from a question to a figure: route the question to a calculator, lay any extra arguments over the
/// ones it states, and run; what is missing or rejected comes back as the outcome, never as an exception.
/// </summary>
public sealed class CalculationResolver(ICalculatorService calculators)
{
    public IReadOnlyCollection<string> Names => calculators.Names;

    /// <summary>The calculator call a question states, before anything is run; null when it is not numeric.</summary>
    public CalculationRoute? Route(string question) => calculators.Route(question);

    /// <param name="overrides">Arguments that replace or add to what the question states (the CLI's --name value).</param>
    public CalculationOutcome Resolve(string question, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var route = calculators.Route(question);
        if (route is null)
        {
            return CalculationOutcome.NotNumeric;
        }

        if (overrides is { Count: > 0 })
        {
            var arguments = new Dictionary<string, string>(route.Arguments, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in overrides)
            {
                arguments[name] = value;
            }

            route = route with { Arguments = arguments };
        }

        return Resolve(route);
    }

    public CalculationOutcome Resolve(CalculationRoute route) =>
        calculators.Evaluate(route.Calculator, route.Arguments) with { Route = route };
}
