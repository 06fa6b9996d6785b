using TutorBot.Core.Conversation.Intents;
using System.Text.Json.Nodes;
using TutorBot.Discord.Gateway.Sharding;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

/// <summary>Four shards over two bot processes (Shards 0-1 and 2-3 of 4) on one fake gateway with max_concurrency 2.</summary>
public sealed class ShardingTests
{
    private const int ShardCount = 4;
    private static readonly TimeSpan IdentifyInterval = TimeSpan.FromMilliseconds(1200);

    // How far recorded arrival times may stray from the moments the bots sent Identify, on a busy machine.
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task EachShardIdentifiesWithItsIdAndCountAndSameBucketIdentifiesAreSpaced()
    {
        await using var fleet = await ShardedFleet.StartAsync(IdentifyInterval);

        var identifies = fleet.Discord.Gateway.AcceptedIdentifies;
        Assert.Equal([0, 1, 2, 3], identifies.Select(i => i.Shard).Order());
        var sent = fleet.Discord.Gateway.Received.Where(f => (int?)f["op"] == 2).Select(f => f["d"]!["shard"]!.AsArray()).ToList();
        Assert.Equal(["[0,4]", "[1,4]", "[2,4]", "[3,4]"], sent.Select(s => s.ToJsonString()).Order());
        var at = identifies.ToDictionary(i => i.Shard, i => i.At);
        // Buckets are shard_id % 2: {0, 2} and {1, 3}, each one Identify per interval, whichever process goes first.
        Assert.True((at[2] - at[0]).Duration() >= IdentifyInterval - Slack, $"shards 0 and 2 identified {(at[2] - at[0]).TotalMilliseconds} ms apart");
        Assert.True((at[3] - at[1]).Duration() >= IdentifyInterval - Slack, $"shards 1 and 3 identified {(at[3] - at[1]).TotalMilliseconds} ms apart");
        // That different buckets go in parallel is timed on a fake clock (IdentifyGateTests): on a busy machine a shard
        // woken late waits for its next window, so real time bounds only the spacing above.
    }

    [Fact]
    public async Task AGuildsEventsReachOnlyItsShardAndAreHandledExactlyOnce()
    {
        await using var fleet = await ShardedFleet.StartAsync(TimeSpan.Zero);
        var asks = Enumerable.Range(0, ShardCount).SelectMany(shard => new[] { Ask(shard, "a"), Ask(shard, "b") }).ToList();

        foreach (var ask in asks)
        {
            await fleet.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", ask);
        }

        foreach (var ask in asks)
        {
            await fleet.Processes[0].EditedOriginalAsync(ask);
        }

        Assert.All(asks, ask => Assert.Single(fleet.Processes[0].Callbacks(ask)));
        Assert.Equal(Questions(0, 1), fleet.Processes[0].Interview.Inputs.Select(i => Assert.IsType<AskQuestion>(i.Intent).Text).Order());
        Assert.Equal(Questions(2, 3), fleet.Processes[1].Interview.Inputs.Select(i => Assert.IsType<AskQuestion>(i.Intent).Text).Order());
    }

    [Fact]
    public async Task OneShardResumesAfterAcloseWhileTheOthersStayUp()
    {
        await using var fleet = await ShardedFleet.StartAsync(TimeSpan.Zero);
        var gateway = fleet.Discord.Gateway;

        await gateway.CloseAsync(4000, shard: 1);
        var duringOutage = Ask(3, "during");
        await gateway.DispatchAsync("INTERACTION_CREATE", duringOutage);
        await fleet.Processes[1].EditedOriginalAsync(duringOutage);
        await Eventually.TrueAsync(() => gateway.IsShardReady(1) && gateway.Resumes.Count == 1, "shard 1 to resume");

        Assert.Equal(ShardCount, gateway.Identifies);
        Assert.Equal([1, 1, 1, 1], Enumerable.Range(0, ShardCount).Select(s => gateway.ConnectionsOf(s) - (s == 1 ? 1 : 0)));
        Assert.All(Enumerable.Range(0, ShardCount), s => Assert.True(gateway.IsShardReady(s)));
        var afterResume = Ask(1, "after");
        await gateway.DispatchAsync("INTERACTION_CREATE", afterResume);
        await fleet.Processes[0].EditedOriginalAsync(afterResume);
        Assert.Single(fleet.Processes[0].Callbacks(afterResume));
    }

    [Theory]
    [InlineData(0UL, 0)]
    [InlineData(4194304UL, 1)]
    [InlineData(81384788765712384UL, 2)]
    [InlineData(12582912UL, 3)]
    public void AGuildsShardIsItsIdShiftedBy22ModuloTheCount(ulong guildId, int shard) =>
        Assert.Equal(shard, ShardPlan.ShardOf(guildId, ShardCount));

    /// <summary>A guild whose events belong to <paramref name="shard"/>: (guild_id >> 22) % 4 == shard.</summary>
    private static string GuildOn(int shard) => (((ulong)(1000 + shard) << 22) | 12345).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Ask(int shard, string tag)
    {
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = Question(shard, tag) });
        ask["guild_id"] = GuildOn(shard);
        return ask;
    }

    private static string Question(int shard, string tag) => $"what is sharding {shard}{tag}";

    private static List<string> Questions(params int[] shards) =>
        shards.SelectMany(s => new[] { Question(s, "a"), Question(s, "b") }).Order().ToList();
}
