namespace TutorBot.Core.Calculations;

/// <summary>A calculated figure in its base unit (bytes, seconds, FLOPs ...); rendered in a language only when shown.</summary>
public sealed record Quantity(double Value, QuantityUnit Unit)
{
    public static Quantity Bytes(double value) => new(value, QuantityUnit.Bytes);

    public static Quantity Seconds(double value) => new(value, QuantityUnit.Seconds);

    public static Quantity Flops(double value) => new(value, QuantityUnit.Flops);

    public static Quantity FlopsPerSecond(double value) => new(value, QuantityUnit.FlopsPerSecond);

    public static Quantity FlopsPerByte(double value) => new(value, QuantityUnit.FlopsPerByte);

    public static Quantity Params(double value) => new(value, QuantityUnit.Params);

    public static Quantity Tokens(double value) => new(value, QuantityUnit.Tokens);

    public static Quantity TokensPerSecond(double value) => new(value, QuantityUnit.TokensPerSecond);

    public static Quantity Fraction(double value) => new(value, QuantityUnit.Fraction);

    public static Quantity Ratio(double value) => new(value, QuantityUnit.Ratio);
}
