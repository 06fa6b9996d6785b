using System.Globalization;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>Writes a base-unit figure the way people state it: GB and GiB, days, ms, FLOPs in e-notation, billions, percent, tokens/s.</summary>
public static class FigureFormatter
{
    public static string Format(double value, string unit, Language language)
    {
        var zh = language == Language.Zh;
        return unit switch
        {
            "bytes" => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.##} GB ({value / (1 << 30):0.##} GiB)"),
            "seconds" when value >= 2 * 86_400 => string.Create(CultureInfo.InvariantCulture, $"{value / 86_400:0.#} {(zh ? "天" : "days")}"),
            "seconds" when value >= 3600 => string.Create(CultureInfo.InvariantCulture, $"{value / 3600:0.#} {(zh ? "小时" : "hours")}"),
            "seconds" when value < 1 => string.Create(CultureInfo.InvariantCulture, $"{value * 1000:0.#} {(zh ? "毫秒" : "ms")}"),
            "seconds" => string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {(zh ? "秒" : "s")}"),
            "fraction" => string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.##}%"),
            "tokens_per_second" => string.Create(CultureInfo.InvariantCulture, $"{value:0.#} tokens/s"),
            "tokens" when value >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.##}B tokens"),
            "tokens" => string.Create(CultureInfo.InvariantCulture, $"{value:0.##} tokens"),
            "flops" => value.ToString("0.##e0", CultureInfo.InvariantCulture) + " FLOPs",
            "params" when value >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.##}B"),
            "params" => string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.##}M"),
            _ => value.ToString("G4", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The base unit of a calculator result key ("weights_bytes", "days", "total_flops"), or null.</summary>
    public static (string Unit, double Factor)? UnitOfKey(string key) => key switch
    {
        _ when key.EndsWith("bytes", StringComparison.OrdinalIgnoreCase) => ("bytes", 1),
        _ when key.EndsWith("seconds", StringComparison.OrdinalIgnoreCase) => ("seconds", 1),
        _ when key.EndsWith("days", StringComparison.OrdinalIgnoreCase) => ("seconds", 86_400),
        _ when key.EndsWith("flops", StringComparison.OrdinalIgnoreCase) => ("flops", 1),
        _ when key.EndsWith("params", StringComparison.OrdinalIgnoreCase) => ("params", 1),
        _ => null,
    };
}
