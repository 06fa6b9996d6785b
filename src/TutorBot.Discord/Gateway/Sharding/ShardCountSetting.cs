using System.Globalization;

namespace TutorBot.Discord.Gateway.Sharding;

/// <summary>Discord:ShardCount: "auto" (what GET /gateway/bot recommends) or a positive number.</summary>
public static class ShardCountSetting
{
    public const string Auto = "auto";

    public const int MaxShards = 16_384;

    /// <returns>The count, or null for auto.</returns>
    /// <exception cref="FormatException">With a one-line reason.</exception>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), Auto, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= MaxShards
            ? count
            : throw new FormatException($"Discord:ShardCount '{text}' must be 'auto' or a number from 1 to {MaxShards}");
    }
}
