using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: resumes after drops, op 7 and zombie connections; identifies afresh when the session
/// is gone; backs off while connections keep failing; stops with <see cref="GatewayFatalException"/> on close codes
/// that a reconnect cannot fix. Dispatches run concurrently; a handler must return quickly from its synchronous part.
/// </summary>
public sealed class DiscordGatewayClient(
    DiscordApi api,
    IdentifyGate identifyGate,
    IGatewayEventHandler handler,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordGatewayClient> logger)
{
    private readonly GatewaySession _session = new();
    private readonly ConcurrentDictionary<Task, bool> _running = new();

    public GatewayIntents Intents =>
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages
        | (options.Value.EnableMessageContent ? GatewayIntents.MessageContent : GatewayIntents.None);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var gateway = await GatewayBotAsync(cancellationToken);
        identifyGate.Update(gateway.SessionStartsRemaining, gateway.SessionStartsResetAfter);
        var gatewayUrl = string.IsNullOrEmpty(options.Value.GatewayUrl) ? gateway.Url : options.Value.GatewayUrl;
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var url = WithVersion(_session.CanResume ? _session.ResumeUrl! : gatewayUrl);
                var connection = new GatewayConnection(options.Value.Token, _session, IdentifyAsync, DispatchAsync, time, logger);
                var outcome = await connection.RunAsync(url, cancellationToken);
                if (outcome.End == ConnectionEnd.Stopped)
                {
                    return;
                }

                if (outcome.End == ConnectionEnd.Fatal)
                {
                    throw new GatewayFatalException(GatewayCloseCodes.FatalReason(outcome.CloseCode!.Value)!);
                }

                if (!outcome.Resumable)
                {
                    _session.Clear();
                }

                failures = outcome.Established ? 0 : failures + 1;
                await Task.Delay(PauseBefore(outcome, failures), time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await WaitForRunningHandlersAsync();
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
                var pause = Backoff(failures);
                logger.LogWarning("Could not get the gateway URL ({Error}); retrying in {PauseMs} ms", exception.Message, (int)pause.TotalMilliseconds);
                await Task.Delay(pause, time, cancellationToken);
            }
        }
    }

    private TimeSpan PauseBefore(ConnectionOutcome outcome, int failures)
    {
        if (outcome.End == ConnectionEnd.InvalidSession)
        {
            var min = options.Value.InvalidSessionDelayMin;
            var max = options.Value.InvalidSessionDelayMax;
            return min + (max - min) * Random.Shared.NextDouble();
        }

        return failures == 0 ? TimeSpan.Zero : Backoff(failures);
    }

    private TimeSpan Backoff(int failures)
    {
        var backoff = options.Value.ReconnectBackoff * Math.Pow(2, Math.Min(failures - 1, 16));
        return backoff < options.Value.ReconnectBackoffMax ? backoff : options.Value.ReconnectBackoffMax;
    }

    private async Task<JsonObject> IdentifyAsync(CancellationToken cancellationToken)
    {
        await identifyGate.WaitAsync(cancellationToken);
        return new JsonObject
        {
            ["op"] = (int)GatewayOpcode.Identify,
            ["d"] = new JsonObject
            {
                ["token"] = options.Value.Token,
                ["intents"] = (int)Intents,
                ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "tutorbot", ["device"] = "tutorbot" },
            },
        };
    }

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

    private static Uri WithVersion(string url) => new(url.Contains('?') ? url : url.TrimEnd('/') + "/?v=10&encoding=json");
}
