namespace TutorBot.Discord.Gateway.Sharding;

/// <summary>How many shards the bot has in all, and which of them this process runs.</summary>
public sealed record ShardPlan(int Count, IReadOnlyList<int> Ids)
{
    /// <summary>The shard a guild's events arrive on; direct messages come on shard 0.</summary>
    public static int ShardOf(ulong guildId, int count) => (int)((guildId >> 22) % (ulong)count);

    /// <exception cref="GatewayFatalException">The settings name shards the bot does not have.</exception>
    public static ShardPlan Resolve(DiscordOptions options, int recommendedShards)
    {
        var count = ShardCountSetting.Parse(options.ShardCount) ?? Math.Max(1, recommendedShards);
        var ids = ShardSelection.Parse(options.Shards) ?? Enumerable.Range(0, count).ToList();
        if (ids.FirstOrDefault(id => id >= count, -1) is var outside and >= 0)
        {
            throw new GatewayFatalException($"Discord:Shards names shard {outside}, but the bot has {count} shards (0-{count - 1})");
        }

        return new ShardPlan(count, ids);
    }

    public override string ToString() =>
        Ids.Count == Count ? $"all {Count} shards" : $"shards {string.Join(',', Ids)} of {Count}";
}
