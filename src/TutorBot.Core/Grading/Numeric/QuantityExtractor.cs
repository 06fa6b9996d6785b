using System.Globalization;
using System.Text.RegularExpressions;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Grading.Numeric;

/// <summary>
/// Pulls figures with their units out of free text in either language: "14GB", "4 GiB", "3.15×10²³ FLOPs",
/// "6e23", "175B", "70亿", "1.3万", "39 天", "3-4个月", "about 40 days".
/// </summary>
public static partial class QuantityExtractor
{
    private const double Day = 86_400;

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["thousand"] = 1e3, ["千"] = 1e3,
        ["M"] = 1e6, ["million"] = 1e6, ["百万"] = 1e6,
        ["B"] = 1e9, ["b"] = 1e9, ["billion"] = 1e9, ["十亿"] = 1e9,
        ["T"] = 1e12, ["trillion"] = 1e12, ["万亿"] = 1e12,
        ["万"] = 1e4, ["亿"] = 1e8,
    };

    private static readonly Dictionary<string, (QuantityUnit Unit, double Factor, double? Alt)> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b"] = (QuantityUnit.Bytes, 1, null), ["byte"] = (QuantityUnit.Bytes, 1, null), ["bytes"] = (QuantityUnit.Bytes, 1, null), ["字节"] = (QuantityUnit.Bytes, 1, null),
        ["kb"] = (QuantityUnit.Bytes, 1e3, 1024), ["mb"] = (QuantityUnit.Bytes, 1e6, 1 << 20), ["gb"] = (QuantityUnit.Bytes, 1e9, 1 << 30),
        ["tb"] = (QuantityUnit.Bytes, 1e12, 1099511627776), ["pb"] = (QuantityUnit.Bytes, 1e15, 1125899906842624),
        ["kib"] = (QuantityUnit.Bytes, 1024, null), ["mib"] = (QuantityUnit.Bytes, 1 << 20, null), ["gib"] = (QuantityUnit.Bytes, 1 << 30, null),
        ["tib"] = (QuantityUnit.Bytes, 1099511627776, null), ["g"] = (QuantityUnit.Bytes, 1e9, 1 << 30),
        ["s"] = (QuantityUnit.Seconds, 1, null), ["sec"] = (QuantityUnit.Seconds, 1, null), ["secs"] = (QuantityUnit.Seconds, 1, null), ["second"] = (QuantityUnit.Seconds, 1, null),
        ["seconds"] = (QuantityUnit.Seconds, 1, null), ["秒"] = (QuantityUnit.Seconds, 1, null),
        ["min"] = (QuantityUnit.Seconds, 60, null), ["mins"] = (QuantityUnit.Seconds, 60, null), ["minute"] = (QuantityUnit.Seconds, 60, null), ["minutes"] = (QuantityUnit.Seconds, 60, null), ["分钟"] = (QuantityUnit.Seconds, 60, null),
        ["h"] = (QuantityUnit.Seconds, 3600, null), ["hr"] = (QuantityUnit.Seconds, 3600, null), ["hrs"] = (QuantityUnit.Seconds, 3600, null), ["hour"] = (QuantityUnit.Seconds, 3600, null), ["hours"] = (QuantityUnit.Seconds, 3600, null),
        ["小时"] = (QuantityUnit.Seconds, 3600, null), ["个小时"] = (QuantityUnit.Seconds, 3600, null),
        ["d"] = (QuantityUnit.Seconds, Day, null), ["day"] = (QuantityUnit.Seconds, Day, null), ["days"] = (QuantityUnit.Seconds, Day, null), ["天"] = (QuantityUnit.Seconds, Day, null),
        ["week"] = (QuantityUnit.Seconds, 7 * Day, null), ["weeks"] = (QuantityUnit.Seconds, 7 * Day, null), ["周"] = (QuantityUnit.Seconds, 7 * Day, null), ["星期"] = (QuantityUnit.Seconds, 7 * Day, null),
        ["month"] = (QuantityUnit.Seconds, 30.44 * Day, null), ["months"] = (QuantityUnit.Seconds, 30.44 * Day, null), ["个月"] = (QuantityUnit.Seconds, 30.44 * Day, null), ["月"] = (QuantityUnit.Seconds, 30.44 * Day, null),
        ["year"] = (QuantityUnit.Seconds, 365.25 * Day, null), ["years"] = (QuantityUnit.Seconds, 365.25 * Day, null), ["年"] = (QuantityUnit.Seconds, 365.25 * Day, null),
        ["flop"] = (QuantityUnit.Flops, 1, null), ["flops"] = (QuantityUnit.Flops, 1, null), ["次浮点运算"] = (QuantityUnit.Flops, 1, null),
        ["ms"] = (QuantityUnit.Seconds, 1e-3, null), ["毫秒"] = (QuantityUnit.Seconds, 1e-3, null),
        ["%"] = (QuantityUnit.Fraction, 0.01, null),
        ["tokens/s"] = (QuantityUnit.TokensPerSecond, 1, null), ["token/s"] = (QuantityUnit.TokensPerSecond, 1, null), ["tok/s"] = (QuantityUnit.TokensPerSecond, 1, null),
        ["tokenspersecond"] = (QuantityUnit.TokensPerSecond, 1, null), ["token/秒"] = (QuantityUnit.TokensPerSecond, 1, null), ["tokens/秒"] = (QuantityUnit.TokensPerSecond, 1, null),
        ["tokens"] = (QuantityUnit.Tokens, 1, null), ["token"] = (QuantityUnit.Tokens, 1, null), ["个token"] = (QuantityUnit.Tokens, 1, null),
        ["params"] = (QuantityUnit.Params, 1, null), ["parameters"] = (QuantityUnit.Params, 1, null), ["参数"] = (QuantityUnit.Params, 1, null), ["个参数"] = (QuantityUnit.Params, 1, null),
    };

    public static IReadOnlyList<StatedFigure> Extract(string text)
    {
        var found = new List<StatedFigure>();
        var matches = Figure().Matches(Normalise(MarkSuperscriptPowers(text)));
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (!TryValue(match, out var value))
            {
                continue;
            }

            var scaleText = match.Groups["scale"].Value;
            var unitText = match.Groups["unit"].Value;
            var shown = match.Value.Trim();

            // "3-4个月": the first number of a range takes the unit of the second.
            if (scaleText.Length == 0 && unitText.Length == 0 && match.Groups["range"].Success && i + 1 < matches.Count)
            {
                scaleText = matches[i + 1].Groups["scale"].Value;
                unitText = matches[i + 1].Groups["unit"].Value;
                shown = (match.Value + matches[i + 1].Value).Trim();
            }

            found.Add(ToFigure(value, scaleText, unitText, shown));
        }

        return found;
    }

    private static StatedFigure ToFigure(double value, string scaleText, string unitText, string text)
    {
        var scale = scaleText.Length > 0 && Scales.TryGetValue(scaleText, out var s) ? s : 1;

        // "7B" or "70亿" with no unit is a count (of parameters or tokens); "B" after a scale ("7 GB") is bytes.
        if (unitText.Length == 0)
        {
            return new StatedFigure(value * scale, null, text);
        }

        // "tokens / s" and "个 token" are looked up without their spaces.
        if (!Units.TryGetValue(unitText.Replace(" ", "", StringComparison.Ordinal), out var unit))
        {
            return new StatedFigure(value * scale, null, text);
        }

        return new StatedFigure(value * scale * unit.Factor, unit.Unit, text, unit.Alt is { } alt ? value * scale * alt : null);
    }

    private static bool TryValue(Match match, out double value)
    {
        var number = match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (match.Groups["exp"].Success && int.TryParse(match.Groups["exp"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            value *= Math.Pow(10, exponent);
        }

        return !double.IsInfinity(value);
    }

    /// <summary>Superscript exponents and full-width characters become plain ASCII.</summary>
    private static string Normalise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '⁰' => '0', '¹' => '1', '²' => '2', '³' => '3', '⁴' => '4', '⁵' => '5', '⁶' => '6', '⁷' => '7', '⁸' => '8', '⁹' => '9',
                '⁻' => '-', '＋' => '+', '．' => '.', '，' => ',',
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    // "10²³" becomes "10^23" before the superscripts are flattened, so the exponent is not read as more digits.
    private static string MarkSuperscriptPowers(string text) =>
        SuperscriptPower().Replace(text, m => "10^" + m.Groups[1].Value);

    [GeneratedRegex(@"10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)")]
    private static partial Regex SuperscriptPower();

    [GeneratedRegex(
        @"(?<![A-Za-z0-9_.])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?:[eE]|[×xX*]\s*10\s*(?:\^|\*\*))\s*(?<exp>[+-]?\d{1,3}))?\s*(?<scale>万亿|十亿|百万|thousand|million|billion|trillion|[kKMBT](?![a-zA-Z_])|b(?![a-zA-Z_])|[千万亿])?\s*(?<unit>GiB|MiB|KiB|TiB|GB|MB|KB|TB|PB|bytes?|字节|FLOPs?|flops?|次浮点运算|params|parameters|个参数|参数|tokens?\s*/\s*s(?![a-zA-Z_])|tok/s|tokens? per second|tokens?\s*/\s*秒|tokens?(?![a-zA-Z_])|个\s?token|ms(?![a-zA-Z_])|毫秒|%|seconds?|secs?|sec|minutes?|mins?|min|hours?|hrs?|hr|days?|weeks?|months?|years?|个小时|小时|分钟|秒|天|星期|周|个月|月|年|[sdhgG](?![a-zA-Z_]))?(?<range>\s*(?:-|~|–|到|至)\s*(?=\d))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
