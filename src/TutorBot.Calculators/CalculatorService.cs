using TutorBot.Calculators.Arguments;
using TutorBot.Calculators.Routing;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators;

/// <summary>Runs the calculators by name and routes natural-language questions to them.</summary>
public sealed class CalculatorService(IEnumerable<ICalculator> calculators, QuestionRouter router) : ICalculatorService
{
    private readonly Dictionary<string, ICalculator> _byName = calculators.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments)
    {
        var target = _byName.GetValueOrDefault(calculator)
            ?? throw new CalculationException("calculator", $"calculator: unknown calculator '{calculator}' (one of: {string.Join(", ", _byName.Keys)})");
        return target.Calculate(new CalculatorArguments(arguments!));
    }

    public CalculationRoute? Route(string question)
    {
        var routed = router.Route(question);
        if (routed is null)
        {
            return null;
        }

        var (calculator, arguments) = routed.Value;
        try
        {
            var result = Run(calculator, arguments);
            return new CalculationRoute(calculator, arguments, result.Assumptions, []);
        }
        catch (CalculationException e) when (e.IsMissing)
        {
            return new CalculationRoute(calculator, arguments, [], Missing(calculator, arguments, e));
        }
        catch (CalculationException)
        {
            // A value the question states wrongly is reported when the caller runs the route.
            return new CalculationRoute(calculator, arguments, [], []);
        }
    }

    /// <summary>Every essential argument that is absent, found by filling each reported gap with a placeholder and running again.</summary>
    private List<string> Missing(string calculator, IReadOnlyDictionary<string, string> arguments, CalculationException first)
    {
        var missing = new List<string> { first.Argument };
        var filled = new Dictionary<string, string>(arguments, StringComparer.OrdinalIgnoreCase) { [first.Argument] = Placeholder(first.Argument) };
        for (var i = 0; i < 8; i++)
        {
            try
            {
                Run(calculator, filled);
                break;
            }
            catch (CalculationException e) when (e.IsMissing && !filled.ContainsKey(e.Argument))
            {
                missing.Add(e.Argument);
                filled[e.Argument] = Placeholder(e.Argument);
            }
            catch (CalculationException)
            {
                break;
            }
        }

        return missing;
    }

    private static string Placeholder(string argument) => argument switch
    {
        "gpu" => "a100",
        "format" or "dtype" => "fp16",
        "acceptance" => "0.5",
        "size" => "1GB",
        "compute" => "1e21",
        "targets" => "q,v",
        "heads" or "kv-heads" => "1",
        _ => "64",
    };
}
