namespace TutorBot.Core.Grading.Numeric;

/// <summary>
/// A figure stated in an answer, converted to the calculators' base units (bytes, seconds, flops, params; "" when
/// it has no unit). AltValue is the other reading of an ambiguous unit (GB as 10^9 or 2^30 bytes).
/// </summary>
public sealed record Quantity(double Value, string Unit, string Text, double? AltValue = null);
