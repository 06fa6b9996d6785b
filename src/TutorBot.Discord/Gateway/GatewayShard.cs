using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// One shard's connection, kept up on its own: its own session and sequence, resumed after drops, op 7 and zombie
/// connections, identified afresh when the session is gone, with backoff while connections keep failing. Throws
/// <see cref="GatewayFatalException"/> on close codes that a reconnect cannot fix. The shard waits for its turn to
/// identify before it connects, so that the wait never holds up a live connection's heartbeats.
/// </summary>
internal sealed class GatewayShard(
    int shardId,
    int shardCount,
    DiscordOptions options,
    Func<int, CancellationToken, Task> waitForIdentifyTurnAsync,
    Func<int, JsonObject> identify,
    Func<GatewayPayload, Task> dispatch,
    TimeProvider time,
    ILogger logger)
{
    private readonly GatewaySession _session = new();

    public async Task RunAsync(string gatewayUrl, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("shard {ShardId}/{ShardCount}", shardId, shardCount);
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!_session.CanResume)
                {
                    await waitForIdentifyTurnAsync(shardId, cancellationToken);
                }

                var url = WithVersion(_session.CanResume ? _session.ResumeUrl! : gatewayUrl);
                var connection = new GatewayConnection(options.Token, _session, _ => Task.FromResult(identify(shardId)), dispatch, time, logger);
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
    }

    /// <summary>The pause after <paramref name="failures"/> failed attempts in a row: doubling, capped.</summary>
    public static TimeSpan Backoff(DiscordOptions options, int failures)
    {
        var backoff = options.ReconnectBackoff * Math.Pow(2, Math.Min(failures - 1, 16));
        return backoff < options.ReconnectBackoffMax ? backoff : options.ReconnectBackoffMax;
    }

    private TimeSpan PauseBefore(ConnectionOutcome outcome, int failures)
    {
        if (outcome.End == ConnectionEnd.InvalidSession)
        {
            var min = options.InvalidSessionDelayMin;
            var max = options.InvalidSessionDelayMax;
            return min + (max - min) * Random.Shared.NextDouble();
        }

        return failures == 0 ? TimeSpan.Zero : Backoff(options, failures);
    }

    private static Uri WithVersion(string url) => new(url.Contains('?') ? url : url.TrimEnd('/') + "/?v=10&encoding=json");
}
