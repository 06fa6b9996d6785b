using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Core.Grading.Numeric;

namespace TutorBot.Core.Ask;

/// <summary>Writes a calculator headline as a person would say it: 4 GiB, 38.9 days, 3.15e23 FLOPs, 4.19M params.</summary>
public static class QuantityFormatter
{
    public static string Format(CalculationHeadline headline) => headline.Unit switch
    {
        "bytes" => Bytes(headline.Value),
        "seconds" => Seconds(headline.Value),
        "flops" => $"{headline.Value.ToString("0.###e+0", CultureInfo.InvariantCulture)} FLOPs",
        "params" => $"{Scaled(headline.Value)} params",
        "fraction" or "tokens" or "tokens_per_second" => FigureFormatter.Format(headline.Value, headline.Unit, Language.En),
        _ => $"{headline.Value.ToString("G6", CultureInfo.InvariantCulture)} {headline.Unit}",
    };

    private static string Bytes(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        var value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var exact = bytes.ToString("N0", CultureInfo.InvariantCulture);
        return unit == 0 ? $"{exact} B" : $"{value.ToString("0.##", CultureInfo.InvariantCulture)} {units[unit]} ({exact} bytes)";
    }

    private static string Seconds(double seconds)
    {
        var days = seconds / 86_400;
        if (days >= 1)
        {
            return $"{days.ToString("0.#", CultureInfo.InvariantCulture)} days ({seconds.ToString("0.###e+0", CultureInfo.InvariantCulture)} s)";
        }

        var hours = seconds / 3_600;
        return hours >= 1
            ? $"{hours.ToString("0.#", CultureInfo.InvariantCulture)} hours"
            : $"{seconds.ToString("0.##", CultureInfo.InvariantCulture)} s";
    }

    private static string Scaled(double count) => Math.Abs(count) switch
    {
        >= 1e12 => (count / 1e12).ToString("0.##", CultureInfo.InvariantCulture) + "T",
        >= 1e9 => (count / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "B",
        >= 1e6 => (count / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 1e3 => (count / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "K",
        _ => count.ToString("0", CultureInfo.InvariantCulture),
    };
}
