using System.Text.Json.Serialization;

namespace TutorBot.Core.Calculations;

/// <summary>What a calculated figure counts; the formatter chooses the words and scaled units for each.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuantityUnit>))]
public enum QuantityUnit
{
    Bytes,
    Seconds,
    Flops,
    FlopsPerSecond,
    FlopsPerByte,
    Params,
    Tokens,
    TokensPerSecond,
    Fraction,
    Ratio,
    Count,
}
