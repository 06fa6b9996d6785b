namespace TutorBot.Core.Calculations;

public interface ICalculatorService
{
    IReadOnlyCollection<string> Names { get; }

    /// <summary>
    /// Runs a calculator with kebab-case arguments whose values are quantities as people write them ("7B", "fp16",
    /// "32k"); bad or missing input is an outcome, not an exception.
    /// </summary>
    CalculationOutcome Evaluate(string calculator, IReadOnlyDictionary<string, string> arguments);

    /// <summary>Reads a numeric question (zh or en) as a calculator call, or null when it is not a numeric question.</summary>
    CalculationRoute? Route(string question);
}
