namespace TutorBot.Core.Calculations;

/// <summary>A natural-language question turned into a calculator call with the arguments the question states.</summary>
public sealed record CalculationRoute(string Calculator, IReadOnlyDictionary<string, string> Arguments);
