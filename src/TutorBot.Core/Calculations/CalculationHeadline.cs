namespace TutorBot.Core.Calculations;

/// <summary>The main figure of a result; Unit is one of "bytes", "seconds", "flops", "params", "tokens", "tokens_per_second", "fraction".</summary>
public sealed record CalculationHeadline(string Key, double Value, string Unit);
