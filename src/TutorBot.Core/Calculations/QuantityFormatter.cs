using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Calculations;

/// <summary>
/// The one place a quantity becomes text in a language. Full shows the exact figure with its readable scales
/// ("4,294,967,296 bytes = 4.295 GB = 4 GiB", "4,294,967,296 字节 = 4.295 GB = 4 GiB"), as the working does;
/// Brief only the readable scale ("4.29 GB (4 GiB)", "38.9 天"), as feedback sentences do. Symbols (GB, GiB, FLOPs,
/// B, M, %) are the same in both languages.
/// </summary>
public static class QuantityFormatter
{
    private const double KiB = 1024d;
    private const double GiB = 1024d * 1024 * 1024;
    private const double Day = 86_400;

    public static string Full(Quantity quantity, Language language)
    {
        var value = quantity.Value;
        return quantity.Unit switch
        {
            QuantityUnit.Bytes => FullBytes(value, language),
            QuantityUnit.Params => FullCount(value),
            QuantityUnit.Seconds when value < 1 => $"{Phrases.Seconds(language, Numbers.Short(value))} = {Phrases.Milliseconds(language, Numbers.Short(value * 1000))}",
            QuantityUnit.Seconds => $"{Phrases.Seconds(language, Numbers.Grouped(Math.Round(value)))} = {Phrases.Days(language, Numbers.Short(value / Day))} = {Phrases.Months(language, Numbers.Short(value / Day / 30))}",
            QuantityUnit.Fraction when Math.Abs(value) < 0.01 => $"{Numbers.Rounded(value * 100, 4)}%",
            QuantityUnit.Fraction => $"{Numbers.Short(value)} = {Numbers.Short(value * 100)}%",
            QuantityUnit.TokensPerSecond => Phrases.TokensPerSecond(language, Numbers.Short(value)),
            QuantityUnit.Tokens when value >= 1e6 => Phrases.Tokens(language, Numbers.Scientific(value)) + Phrases.Bracketed(language, FullCount(value)),
            QuantityUnit.Tokens => Phrases.Tokens(language, Numbers.Short(value)),
            QuantityUnit.Flops => $"{Numbers.Scientific(value)} FLOPs",
            QuantityUnit.FlopsPerSecond => $"{Numbers.Scientific(value)} FLOP/s",
            QuantityUnit.FlopsPerByte => Phrases.FlopsPerByte(language, Numbers.Short(value)),
            QuantityUnit.Ratio => $"{Numbers.Short(value)}x",
            _ => Numbers.Grouped(value),
        };
    }

    public static string Brief(Quantity quantity, Language language)
    {
        var value = quantity.Value;
        return quantity.Unit switch
        {
            QuantityUnit.Bytes => $"{Numbers.Rounded(value / 1e9, 2)} GB" + Phrases.Bracketed(language, $"{Numbers.Rounded(value / GiB, 2)} GiB"),
            QuantityUnit.Seconds when value >= 2 * Day => Phrases.Days(language, Numbers.Rounded(value / Day, 1)),
            QuantityUnit.Seconds when value >= 3600 => Phrases.Hours(language, Numbers.Rounded(value / 3600, 1)),
            QuantityUnit.Seconds when value < 1 => Phrases.Milliseconds(language, Numbers.Rounded(value * 1000, 1)),
            QuantityUnit.Seconds => Phrases.Seconds(language, Numbers.Rounded(value, 2)),
            QuantityUnit.Fraction => $"{Numbers.Rounded(value * 100, 2)}%",
            QuantityUnit.TokensPerSecond => Phrases.TokensPerSecond(language, Numbers.Rounded(value, 1)),
            QuantityUnit.Tokens when value >= 1e9 => Phrases.Tokens(language, $"{Numbers.Rounded(value / 1e9, 2)}B"),
            QuantityUnit.Tokens => Phrases.Tokens(language, Numbers.Rounded(value, 2)),
            QuantityUnit.Flops => value.ToString("0.##e0", System.Globalization.CultureInfo.InvariantCulture) + " FLOPs",
            QuantityUnit.Params when value >= 1e9 => $"{Numbers.Rounded(value / 1e9, 2)}B",
            QuantityUnit.Params => $"{Numbers.Rounded(value / 1e6, 2)}M",
            _ => Full(quantity, language),
        };
    }

    /// <summary>"6,738,415,616 (6.738 B)": the exact count with its scale in billions or millions.</summary>
    private static string FullCount(double count) => count switch
    {
        >= 1e9 => $"{Numbers.Grouped(count)} ({Numbers.Short(count / 1e9)} B)",
        >= 1e6 => $"{Numbers.Grouped(count)} ({Numbers.Short(count / 1e6)} M)",
        _ => Numbers.Grouped(count),
    };

    private static string FullBytes(double bytes, Language language)
    {
        var (decimalUnit, decimalScale, binaryUnit, binaryScale) = bytes switch
        {
            >= 1e12 => ("TB", 1e12, "TiB", GiB * KiB),
            >= 1e8 => ("GB", 1e9, "GiB", GiB),
            >= 1e6 => ("MB", 1e6, "MiB", KiB * KiB),
            _ => ("KB", 1e3, "KiB", KiB),
        };
        return $"{Phrases.Bytes(language, Numbers.Grouped(bytes))} = {Numbers.Short(bytes / decimalScale)} {decimalUnit} = {Numbers.Short(bytes / binaryScale)} {binaryUnit}";
    }
}
