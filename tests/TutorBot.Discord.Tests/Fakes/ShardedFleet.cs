namespace TutorBot.Discord.Tests.Fakes;

/// <summary>Two bots sharing one fake Discord of 4 shards (max_concurrency 2): the first runs shards 0-1, the second 2-3.</summary>
public sealed class ShardedFleet : IAsyncDisposable
{
    private ShardedFleet(FakeDiscord discord, IReadOnlyList<BotHarness> processes)
    {
        Discord = discord;
        Processes = processes;
    }

    public FakeDiscord Discord { get; }

    public IReadOnlyList<BotHarness> Processes { get; }

    public static async Task<ShardedFleet> StartAsync(TimeSpan identifyInterval)
    {
        var discord = await FakeDiscord.StartAsync(BotHarness.NewToken());
        discord.Gateway.ShardCount = 4;
        discord.Gateway.HeartbeatIntervalMs = 1000;
        discord.Rest.MaxConcurrency = 2;
        var processes = new List<BotHarness>();
        foreach (var shards in new[] { "0-1", "2-3" })
        {
            processes.Add(await BotHarness.StartAsync(
                o =>
                {
                    o.ShardCount = "4";
                    o.Shards = shards;
                    o.IdentifyInterval = identifyInterval;
                },
                waitForReady: false,
                sharedDiscord: discord));
        }

        await Eventually.TrueAsync(() => Enumerable.Range(0, 4).All(discord.Gateway.IsShardReady), "all four shards to be ready", TimeSpan.FromSeconds(20));
        return new ShardedFleet(discord, processes);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Processes)
        {
            await process.DisposeAsync();
        }

        await Discord.DisposeAsync();
    }
}
