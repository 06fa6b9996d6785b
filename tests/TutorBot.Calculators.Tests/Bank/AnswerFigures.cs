using System.Globalization;
using System.Text.RegularExpressions;
using TutorBot.Core.Calculations;

namespace TutorBot.Calculators.Tests.Bank;

/// <summary>
/// The figures a reference answer states, converted to a headline's unit: bytes (B, KB..TB, KiB..TiB, 字节), seconds
/// (ms, seconds, days, weeks, months, 毫秒, 秒, 天, 周, 个月), FLOPs (e-notation or ×10^n), parameter counts (B, M, billion, 亿, 万),
/// fractions (as percentages), tokens and tokens per second.
/// </summary>
public static partial class AnswerFigures
{
    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bytes"] = 1, ["byte"] = 1, ["字节"] = 1, ["b"] = 1,
        ["kb"] = 1e3, ["mb"] = 1e6, ["gb"] = 1e9, ["tb"] = 1e12,
        ["kib"] = 1024, ["mib"] = 1024d * 1024, ["gib"] = 1024d * 1024 * 1024, ["tib"] = 1024d * 1024 * 1024 * 1024,
        ["seconds"] = 1, ["second"] = 1, ["s"] = 1, ["秒"] = 1, ["ms"] = 1e-3, ["毫秒"] = 1e-3,
        ["hours"] = 3600, ["小时"] = 3600,
        ["days"] = 86400, ["day"] = 86400, ["天"] = 86400,
        ["weeks"] = 7 * 86400, ["周"] = 7 * 86400,
        ["months"] = 30 * 86400, ["month"] = 30 * 86400, ["个月"] = 30 * 86400,
        ["flops"] = 1, ["flop"] = 1,
        ["params"] = 1, ["parameters"] = 1, ["个参数"] = 1, ["参数"] = 1, ["trainable"] = 1,
        ["billion"] = 1e9, ["million"] = 1e6, ["亿"] = 1e8, ["万"] = 1e4, ["m"] = 1e6,
    };

    private static readonly Dictionary<string, string[]> UnitsByKind = new()
    {
        ["bytes"] = ["bytes", "byte", "字节", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib"],
        ["seconds"] = ["seconds", "second", "s", "秒", "ms", "毫秒", "hours", "小时", "days", "day", "天", "weeks", "周", "months", "month", "个月"],
        ["flops"] = ["flops", "flop"],
        ["params"] = ["", "params", "parameters", "个参数", "参数", "trainable", "billion", "million", "亿", "万", "b", "m"],
    };

    private static readonly Dictionary<string, double> CountScales = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = 1, ["k"] = 1e3, ["m"] = 1e6, ["million"] = 1e6, ["b"] = 1e9, ["billion"] = 1e9, ["t"] = 1e12, ["trillion"] = 1e12,
        ["万"] = 1e4, ["亿"] = 1e8, ["万亿"] = 1e12,
    };

    public static IReadOnlyList<double> In(string text, string unit)
    {
        if (unit is "fraction" or "tokens" or "tokens_per_second")
        {
            return Rates(text, unit);
        }

        var units = UnitsByKind[unit];
        var values = new List<double>();
        foreach (Match match in Figure().Matches(text))
        {
            var word = match.Groups["unit"].Value.Trim();
            if (!units.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = double.Parse(match.Groups["number"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            if (match.Groups["exponent"].Success)
            {
                number *= Math.Pow(10, int.Parse(match.Groups["exponent"].Value, CultureInfo.InvariantCulture));
            }

            // "7B" in a byte context is a parameter count, not seven bytes.
            var scale = unit == "params" && word.Equals("b", StringComparison.OrdinalIgnoreCase) ? 1e9 : word.Length == 0 ? 1 : Scales[word];
            values.Add(number * scale);
        }

        return values;
    }

    /// <summary>"21.9%" as a fraction; "1.4T tokens", "3.36 tokens"; "248.6 tokens/s".</summary>
    private static List<double> Rates(string text, string unit)
    {
        var values = new List<double>();
        foreach (Match match in Rate().Matches(text))
        {
            var kind = match.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "%" => "fraction",
                var u when u.Contains('/') || u.Contains("per second") => "tokens_per_second",
                _ => "tokens",
            };
            if (kind != unit || (kind == "fraction" && match.Groups["scale"].Length > 0))
            {
                continue;
            }

            var number = double.Parse(match.Groups["number"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            if (match.Groups["exponent"].Success)
            {
                number *= Math.Pow(10, int.Parse(match.Groups["exponent"].Value, CultureInfo.InvariantCulture));
            }

            values.Add(number * (kind == "fraction" ? 0.01 : CountScales[match.Groups["scale"].Value.Trim()]));
        }

        return values;
    }

    /// <summary>The kind of figure <see cref="In"/> looks for, by the headline's unit.</summary>
    public static string KindOf(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Bytes => "bytes",
        QuantityUnit.Seconds => "seconds",
        QuantityUnit.Flops => "flops",
        QuantityUnit.Tokens => "tokens",
        QuantityUnit.TokensPerSecond => "tokens_per_second",
        QuantityUnit.Fraction => "fraction",
        _ => "params",
    };

    public static bool States(string text, string unit, double expected, double tolerance = 0.01) =>
        In(text, unit).Any(v => Math.Abs(v - expected) <= Math.Abs(expected) * tolerance);

    [GeneratedRegex(@"(?<![\d.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:×|x|\*)\s*10\^?(?<exponent>-?\d+)|e(?<exponent>-?\d+))?\s*(?<unit>kib|mib|gib|tib|kb|mb|gb|tb|bytes?|字节|ms(?![a-z])|毫秒|seconds?|秒|hours|小时|days?|天|weeks|周|months?|个月|flops?|个参数|参数|parameters|params|trainable|billion|million|亿|万|b(?![a-z])|m(?![a-z])|s(?![a-z])|)", RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?<![\d.,])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:×|x|\*)\s*10\^?(?<exponent>-?\d+)|e(?<exponent>-?\d+))?\s*(?<scale>trillion|billion|million|万亿|亿|万|[kmbt](?![a-z]))?\s*(?:个\s*)?(?<unit>%|tokens?\s*/\s*(?:s|秒)|tokens? per second|tokens?)", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();
}
