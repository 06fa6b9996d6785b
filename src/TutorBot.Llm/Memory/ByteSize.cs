using System.Globalization;
using System.Text.RegularExpressions;

namespace TutorBot.Llm.Memory;

/// <summary>Byte sizes as people write them: "24GiB", "8 GB", "512MB", "1073741824".</summary>
public static partial class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        double scale = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "KB" => 1e3,
            "MB" => 1e6,
            "GB" => 1e9,
            "TB" => 1e12,
            "KIB" => 1L << 10,
            "MIB" => 1L << 20,
            "GIB" => 1L << 30,
            "TIB" => 1L << 40,
            _ => -1,
        };
        if (scale < 0 || value <= 0)
        {
            return false;
        }

        bytes = (long)(value * scale);
        return true;
    }

    /// <summary>"15,309,408 bytes (15.3 MB, 14.6 MiB)".</summary>
    public static string Describe(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({Human(bytes, 1e3, ["B", "KB", "MB", "GB", "TB"])}, {Human(bytes, 1024, ["B", "KiB", "MiB", "GiB", "TiB"])})");

    private static string Human(long bytes, double step, string[] units)
    {
        double value = bytes;
        var unit = 0;
        while (value >= step && unit < units.Length - 1)
        {
            value /= step;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {units[unit]}");
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)$")]
    private static partial Regex SizePattern();
}
