namespace TutorBot.Core.Calculations;

/// <summary>The main figure of a result, keyed as in the result values: ("total_bytes", 4294967296 bytes).</summary>
public sealed record CalculationHeadline(string Key, Quantity Figure)
{
    public double Value => Figure.Value;

    public QuantityUnit Unit => Figure.Unit;
}
