using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's session_start_limit. Shards fall into max_concurrency buckets
/// (shard_id % max_concurrency): within a bucket Identify calls are IdentifyInterval apart, different buckets identify
/// in parallel. With more shards than buckets, shards that share a bucket in different processes cannot see each
/// other, so time is cut into windows of IdentifyInterval on the clock and shard_id / max_concurrency picks which
/// windows a shard may open: two shards of one bucket never identify in the same window. When no session starts
/// remain it waits for the reset.
/// </summary>
public sealed class IdentifyGate(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<int, IdentifyBucket> _buckets = new();
    private readonly Lock _startsLock = new();
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;
    private int _maxConcurrency = 1;
    private int _windows = 1;

    public int MaxConcurrency => _maxConcurrency;

    public void Update(int remaining, TimeSpan resetAfter, int maxConcurrency = 1, int shardCount = 1)
    {
        lock (_startsLock)
        {
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + resetAfter;
            _maxConcurrency = Math.Max(1, maxConcurrency);
            _windows = (Math.Max(1, shardCount) + _maxConcurrency - 1) / _maxConcurrency;
        }
    }

    /// <summary>Waits until one more Identify is allowed for an unsharded connection, and counts it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(0, cancellationToken);

    /// <summary>Waits until shard <paramref name="shardId"/> may identify, and counts it.</summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        var concurrency = _maxConcurrency;
        var bucket = _buckets.GetOrAdd(shardId % concurrency, _ => new IdentifyBucket());
        await bucket.Turn.WaitAsync(cancellationToken);
        try
        {
            var interval = options.Value.IdentifyInterval;
            var earliest = time.GetUtcNow();
            if (bucket.LastIdentify is { } last && last + interval > earliest)
            {
                earliest = last + interval;
            }

            if (_windows > 1 && interval > TimeSpan.Zero)
            {
                earliest = WindowStart(earliest, interval, shardId / concurrency % _windows);
            }

            var wait = Max(earliest - time.GetUtcNow(), SessionStartWait());
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            TakeSessionStart();
            bucket.LastIdentify = time.GetUtcNow();
        }
        finally
        {
            bucket.Turn.Release();
        }
    }

    private TimeSpan SessionStartWait()
    {
        lock (_startsLock)
        {
            return _remaining <= 0 ? _resetAt - time.GetUtcNow() : TimeSpan.Zero;
        }
    }

    private void TakeSessionStart()
    {
        lock (_startsLock)
        {
            if (_remaining <= 0)
            {
                // The reset has passed; Discord refills the daily allowance. GET /gateway/bot would say by how much.
                _remaining = 1;
            }

            _remaining--;
        }
    }

    /// <summary>The first window <paramref name="window"/> (of _windows, repeating) that starts at or after <paramref name="earliest"/>.</summary>
    private DateTimeOffset WindowStart(DateTimeOffset earliest, TimeSpan interval, int window)
    {
        var index = (earliest.UtcTicks + interval.Ticks - 1) / interval.Ticks;
        index += ((window - index % _windows) + _windows) % _windows;
        return new DateTimeOffset(index * interval.Ticks, TimeSpan.Zero);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
