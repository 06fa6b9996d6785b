namespace TutorBot.Core.Calculations;

/// <summary>A natural-language question turned into a calculator call; Missing names what is essential and absent.</summary>
public sealed record CalculationRoute(
    string Calculator,
    IReadOnlyDictionary<string, string> Arguments,
    IReadOnlyList<string> Assumed,
    IReadOnlyList<string> Missing);
