using System.Globalization;

namespace TutorBot.Discord.Gateway.Sharding;

/// <summary>
/// Discord:Shards, the shards one process runs: ranges and single ids separated by commas ("0-3", "4,5", "0-1,6").
/// Empty means every shard.
/// </summary>
public static class ShardSelection
{
    /// <returns>The ids in ascending order, or null for all shards.</returns>
    /// <exception cref="FormatException">With a one-line reason.</exception>
    public static IReadOnlyList<int>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ids = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(IsShardId))
            {
                throw new FormatException($"Discord:Shards '{text}': '{part}' is not a shard id or a range such as 0-3");
            }

            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (last < first)
            {
                throw new FormatException($"Discord:Shards '{text}': the range '{part}' runs backwards");
            }

            for (var id = first; id <= last; id++)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static bool IsShardId(string text) =>
        text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit);
}
