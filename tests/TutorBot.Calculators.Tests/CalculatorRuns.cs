using TutorBot.Calculators;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests;

/// <summary>Runs calculators from compact "name=value; name=value" argument lists, as the tables write them.</summary>
public static class CalculatorRuns
{
    public static ICalculatorService Service { get; } = CalculatorsHostBuilderExtensions.CreateCalculatorService();

    public static CalculationResult Run(string calculator, string arguments) => Service.Run(calculator, Parse(arguments));

    public static Dictionary<string, string> Parse(string arguments) =>
        arguments.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .ToDictionary(pair => pair[0], pair => pair[1]);
}
