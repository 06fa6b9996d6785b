using TutorBot.Core.Calculations;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>
/// A figure stated in an answer, converted to the calculators' base units (null Unit when it has none).
/// AltValue is the other reading of an ambiguous unit (GB as 10^9 or 2^30 bytes).
/// </summary>
public sealed record StatedFigure(double Value, QuantityUnit? Unit, string Text, double? AltValue = null);
