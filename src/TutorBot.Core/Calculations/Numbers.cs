using System.Globalization;

namespace TutorBot.Core.Calculations;

/// <summary>How bare numbers appear in the working: grouped integers, short decimals, e-notation for the very large.</summary>
public static class Numbers
{
    public static string Grouped(double value)
    {
        if (Math.Abs(value) >= 1e16)
        {
            return value.ToString("0.###e0", CultureInfo.InvariantCulture);
        }

        return value == Math.Floor(value)
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.######", CultureInfo.InvariantCulture);
    }

    /// <summary>"3.15e23", "1.2e15".</summary>
    public static string Scientific(double value) => value.ToString("0.###e0", CultureInfo.InvariantCulture);

    /// <summary>"38.95", "1,229.3": three decimals under 100, one above.</summary>
    public static string Short(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0.#" : "0.###", CultureInfo.InvariantCulture);

    /// <summary>The canonical text of a number in the inputs: "7000000000", "0.3".</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number with at most <paramref name="decimals"/> decimals: "4.29", "39".</summary>
    public static string Rounded(double value, int decimals) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
}
