using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Discord.Gateway.Sharding;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: runs the shards of <see cref="ShardPlan"/> that this process owns, each on its own
/// connection (see <see cref="GatewayShard"/>), so that one shard's drop or reconnect leaves the others up. A close
/// code that a reconnect cannot fix stops every shard with <see cref="GatewayFatalException"/>. Dispatches run
/// concurrently; a handler must return quickly from its synchronous part.
/// </summary>
public sealed class DiscordGatewayClient(
    DiscordApi api,
    IdentifyGate identifyGate,
    IGatewayEventHandler handler,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger)
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();

    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.Value.EnableMessageContent ? GatewayIntents.MessageContent : GatewayIntents.None);

    /// <summary>The shards this process runs, once GET /gateway/bot has answered.</summary>
    public ShardPlan? Plan { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var gateway = await GatewayBotAsync(cancellationToken);
        var plan = ShardPlan.Resolve(options.Value, gateway.RecommendedShards);
        Plan = plan;
        identifyGate.Update(gateway.SessionStartsRemaining, gateway.SessionStartsResetAfter, gateway.MaxConcurrency, plan.Count);
        var gatewayUrl = string.IsNullOrEmpty(options.Value.GatewayUrl) ? gateway.Url : options.Value.GatewayUrl;
        logger.LogInformation("Connecting {Plan} (identify concurrency {MaxConcurrency})", plan, gateway.MaxConcurrency);
        using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await Task.WhenAll(plan.Ids.Select(id => RunShardAsync(id, plan.Count, gatewayUrl, stopAll)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await WaitForRunningHandlersAsync();
        }
    }

    /// <summary>A shard that cannot go on stops the others too: its reason (a bad token, refused intents) is theirs.</summary>
    private async Task RunShardAsync(int shardId, int shardCount, string gatewayUrl, CancellationTokenSource stopAll)
    {
        var shard = new GatewayShard(shardId, shardCount, options.Value, identifyGate.WaitAsync, id => Identify(id, shardCount), DispatchAsync, time, logger);
        try
        {
            await shard.RunAsync(gatewayUrl, stopAll.Token);
        }
        catch (GatewayFatalException)
        {
            await stopAll.CancelAsync();
            throw;
        }
    }

    /// <summary>Lets events under way finish, for at most Discord:ShutdownTimeout; the rest are handed back by the caller.</summary>
    private async Task WaitForRunningHandlersAsync()
    {
        var running = Task.WhenAll(_running.Keys);
        await running.WaitAsync(options.Value.ShutdownTimeout, time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!running.IsCompleted)
        {
            logger.LogWarning("{Count} events were still being handled {Seconds} s after the stop", _running.Count, options.Value.ShutdownTimeout.TotalSeconds);
        }
    }

    /// <summary>GET /gateway/bot, retried with backoff while Discord is unreachable; a rejected token is final.</summary>
    private async Task<GatewayBotInfo> GatewayBotAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await api.GetGatewayBotAsync(cancellationToken);
            }
            catch (DiscordRestException exception) when (!exception.IsAuthenticationFailure)
            {
                var pause = GatewayShard.Backoff(options.Value, failures);
                logger.LogWarning("Could not get the gateway URL ({Error}); retrying in {PauseMs} ms", exception.Message, (int)pause.TotalMilliseconds);
                await Task.Delay(pause, time, cancellationToken);
            }
        }
    }

    private JsonObject Identify(int shardId, int shardCount) =>
        new()
        {
            ["op"] = (int)GatewayOpcode.Identify,
            ["d"] = new JsonObject
            {
                ["token"] = options.Value.Token,
                ["intents"] = (int)Intents,
                ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "tutorbot", ["device"] = "tutorbot" },
                ["shard"] = new JsonArray(shardId, shardCount),
            },
        };

    private Task DispatchAsync(GatewayPayload payload)
    {
        if (payload.EventName is null or "READY" or "RESUMED")
        {
            return Task.CompletedTask;
        }

        var task = HandleSafelyAsync(payload.EventName, payload);
        if (!task.IsCompleted)
        {
            _running[task] = true;
            _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    private async Task HandleSafelyAsync(string eventName, GatewayPayload payload)
    {
        try
        {
            await handler.HandleAsync(eventName, payload.Data, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError("Handling {Event} (sequence {Sequence}) failed: {Error}", eventName, payload.Sequence, exception.Message);
        }
    }
}
