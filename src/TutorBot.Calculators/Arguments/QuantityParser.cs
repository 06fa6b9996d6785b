using System.Globalization;
using System.Text.RegularExpressions;

namespace TutorBot.Calculators.Arguments;

/// <summary>
/// Reads quantities as people write them: "7B", "1.5T", "300B tokens", "32K", "4,096", "175e9", "70亿", "80GB", "312 TFLOPS", "30%".
/// </summary>
public static partial class QuantityParser
{
    /// <summary>A count with an optional scale suffix. K means 1024 when <paramref name="binaryThousands"/> (context lengths: 2k = 2048).</summary>
    public static double? ParseCount(string text, bool binaryThousands = false)
    {
        var match = CountPattern().Match(Normalize(text));
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out var number))
        {
            return null;
        }

        var suffix = match.Groups["suffix"].Value;
        double? scale = suffix.ToLowerInvariant() switch
        {
            "" => 1,
            "k" or "千" => binaryThousands ? 1024 : 1e3,
            "m" or "million" or "百万" => 1e6,
            "万" => 1e4,
            "b" or "billion" or "g" => 1e9,
            "亿" => 1e8,
            "t" or "trillion" or "万亿" => 1e12,
            _ => null,
        };
        return scale is null ? null : number * scale.Value;
    }

    /// <summary>A fraction: "0.3", "30%".</summary>
    public static double? ParseFraction(string text)
    {
        var normalized = Normalize(text);
        var percent = normalized.EndsWith('%');
        if (!TryNumber(percent ? normalized[..^1].Trim() : normalized, out var number))
        {
            return null;
        }

        return percent ? number / 100 : number;
    }

    /// <summary>Throughput in TFLOPS: "312", "312 TFLOPS", "0.989 PFLOPS", "312e12 FLOPS".</summary>
    public static double? ParseTflops(string text)
    {
        var match = FlopsPattern().Match(Normalize(text));
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out var number))
        {
            return null;
        }

        if (!match.Groups["flop"].Success)
        {
            return number;
        }

        return match.Groups["prefix"].Value.ToLowerInvariant() switch
        {
            "t" => number,
            "p" => number * 1e3,
            "g" => number / 1e3,
            _ => number / 1e12,
        };
    }

    /// <summary>A byte size: "80GB", "80 GiB", "512KiB", "1.5 TB".</summary>
    public static double? ParseBytes(string text)
    {
        var match = BytesPattern().Match(Normalize(text));
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out var number))
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        double? scale = unit switch
        {
            "" or "b" or "bytes" => 1,
            "kb" => 1e3,
            "mb" => 1e6,
            "gb" => 1e9,
            "tb" => 1e12,
            "kib" => 1024,
            "mib" => 1024 * 1024,
            "gib" => 1024d * 1024 * 1024,
            "tib" => 1024d * 1024 * 1024 * 1024,
            _ => null,
        };
        return scale is null ? null : number * scale.Value;
    }

    /// <summary>A bandwidth in bytes per second: "3.35 TB/s", "900 GB/s", "450GB/s"; a bare number is GB/s.</summary>
    public static double? ParseBandwidth(string text)
    {
        var match = BandwidthPattern().Match(Normalize(text));
        if (!match.Success || !TryNumber(match.Groups["number"].Value, out var number))
        {
            return null;
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" or "g" or "gb" => number * 1e9,
            "t" or "tb" => number * 1e12,
            "m" or "mb" => number * 1e6,
            "gib" => number * 1024d * 1024 * 1024,
            _ => null,
        };
    }

    /// <summary>"5.76×10^23" and "5.76 x 10^23" read as 5.76e23.</summary>
    private static string Normalize(string text) =>
        PowerOfTen().Replace(text.Trim().Replace(",", "").Replace("_", "").Replace("，", ""), "e");

    private static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    [GeneratedRegex(@"^(?<number>[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(?<suffix>[kKmMbBgGtT]|million|billion|trillion|千|万亿|万|亿|百万)?\s*(?:tokens?|params?|parameters?|个)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^(?<number>[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(?:(?<prefix>[tpg])?(?<flop>flop)s?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FlopsPattern();

    [GeneratedRegex(@"^(?<number>[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(?<unit>[kmgt]i?b|b|bytes)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BytesPattern();

    [GeneratedRegex(@"^(?<number>[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(?:(?<unit>gib|[mgt]b?)\s*(?:/\s*s|ps|/秒)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BandwidthPattern();

    [GeneratedRegex(@"\s*[x×]\s*10\s*\^\s*")]
    private static partial Regex PowerOfTen();
}
