namespace TutorBot.Core.Calculations;

public interface ICalculatorService
{
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Runs a calculator with kebab-case arguments whose values are quantities as people write them ("7B", "fp16", "32k").</summary>
    /// <exception cref="CalculationException">An argument is missing, malformed or out of range.</exception>
    CalculationResult Run(string calculator, IReadOnlyDictionary<string, string> arguments);

    /// <summary>Routes a numeric question (zh or en) to a calculator, or returns null when it is not a numeric question.</summary>
    CalculationRoute? Route(string question);
}
