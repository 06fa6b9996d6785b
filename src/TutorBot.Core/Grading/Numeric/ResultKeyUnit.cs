using TutorBot.Core.Calculations;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>The base unit of a calculator result key ("weights_bytes", "days", "total_flops"), with the factor to it.</summary>
public static class ResultKeyUnit
{
    public static (QuantityUnit Unit, double Factor)? Of(string key) => key switch
    {
        _ when key.EndsWith("bytes", StringComparison.OrdinalIgnoreCase) => (QuantityUnit.Bytes, 1),
        _ when key.EndsWith("seconds", StringComparison.OrdinalIgnoreCase) => (QuantityUnit.Seconds, 1),
        _ when key.EndsWith("days", StringComparison.OrdinalIgnoreCase) => (QuantityUnit.Seconds, 86_400),
        _ when key.EndsWith("flops", StringComparison.OrdinalIgnoreCase) => (QuantityUnit.Flops, 1),
        _ when key.EndsWith("params", StringComparison.OrdinalIgnoreCase) => (QuantityUnit.Params, 1),
        _ => null,
    };
}
