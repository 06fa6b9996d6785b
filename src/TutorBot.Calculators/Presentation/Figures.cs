using System.Globalization;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Presentation;

/// <summary>How numbers appear in steps: grouped integers, bytes in decimal and binary units, seconds in days.</summary>
public static class Figures
{
    private const double GiB = 1024d * 1024 * 1024;

    public static string Number(double value)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (Math.Abs(value) >= 1e16)
        {
            return value.ToString("0.###e0", invariant);
        }

        return value == Math.Floor(value)
            ? value.ToString("#,0", invariant)
            : value.ToString("#,0.######", invariant);
    }

    /// <summary>"4,294,967,296 bytes = 4.295 GB = 4 GiB"; small sizes in MB/MiB or KB/KiB.</summary>
    public static string Bytes(double bytes)
    {
        var (decimalUnit, decimalScale, binaryUnit, binaryScale) = bytes switch
        {
            >= 1e12 => ("TB", 1e12, "TiB", GiB * 1024),
            >= 1e8 => ("GB", 1e9, "GiB", GiB),
            >= 1e6 => ("MB", 1e6, "MiB", 1024d * 1024),
            _ => ("KB", 1e3, "KiB", 1024d),
        };
        return $"{Number(bytes)} bytes = {Short(bytes / decimalScale)} {decimalUnit} = {Short(bytes / binaryScale)} {binaryUnit}";
    }

    /// <summary>"6,738,415,616 (6.738 B)".</summary>
    public static string Params(double count) => count switch
    {
        >= 1e9 => $"{Number(count)} ({Short(count / 1e9)} B)",
        >= 1e6 => $"{Number(count)} ({Short(count / 1e6)} M)",
        _ => Number(count),
    };

    public static string Seconds(double seconds) => seconds < 1
        ? $"{Short(seconds)} s = {Short(seconds * 1000)} ms"
        : $"{Number(Math.Round(seconds))} s = {Short(seconds / 86400)} days = {Short(seconds / 86400 / 30)} months";

    /// <summary>"0.219 = 21.9%".</summary>
    public static string Percent(double fraction) => $"{Short(fraction)} = {Short(fraction * 100)}%";

    public static string TokensPerSecond(double rate) => $"{Short(rate)} tokens/s";

    /// <summary>"1.4e12 tokens (1.4 T)".</summary>
    public static string Tokens(double tokens) => tokens >= 1e6 ? $"{Scientific(tokens)} tokens ({Params(tokens)})" : $"{Short(tokens)} tokens";

    /// <summary>A calculation's main figure in its unit.</summary>
    public static string Headline(CalculationHeadline headline) => headline.Unit switch
    {
        "bytes" => Bytes(headline.Value),
        "seconds" => Seconds(headline.Value),
        "flops" => Flops(headline.Value),
        "fraction" => Percent(headline.Value),
        "tokens" => Tokens(headline.Value),
        "tokens_per_second" => TokensPerSecond(headline.Value),
        _ => Params(headline.Value),
    };

    public static string Flops(double flops) => $"{Scientific(flops)} FLOPs";

    /// <summary>"3.15e23", "1.2e15".</summary>
    public static string Scientific(double value) => value.ToString("0.###e0", CultureInfo.InvariantCulture);

    public static string Short(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0.#" : "0.###", CultureInfo.InvariantCulture);

    /// <summary>The canonical text of a number in the inputs: "7000000000", "0.3".</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
