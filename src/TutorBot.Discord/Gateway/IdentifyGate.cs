using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's session_start_limit. Shards fall into max_concurrency buckets
/// (shard_id % max_concurrency): within a bucket Identify calls are IdentifyInterval apart, different buckets identify
/// in parallel. With more shards than buckets, shards that share a bucket in different processes cannot see each
/// other, so time is cut into windows on the clock and shard_id / max_concurrency picks which windows a shard may
/// open. A shard identifies only in the first half-interval of its window; a window lasts one and a half intervals,
/// so two shards of one bucket are always at least IdentifyInterval apart, even when a busy machine wakes a shard
/// late (it then waits for its next window). When no session starts remain it waits for the reset.
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

            var windowed = _windows > 1 && interval > TimeSpan.Zero;
            while (true)
            {
                var start = windowed ? WindowStart(earliest, interval, shardId / concurrency % _windows) : earliest;
                var wait = Max(start - time.GetUtcNow(), SessionStartWait());
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                if (!windowed || time.GetUtcNow() < start + Lateness(interval))
                {
                    break;
                }

                earliest = time.GetUtcNow();
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
        var length = interval.Ticks + Lateness(interval).Ticks;
        var index = (earliest.UtcTicks + length - 1) / length;
        index += ((window - index % _windows) + _windows) % _windows;
        return new DateTimeOffset(index * length, TimeSpan.Zero);
    }

    /// <summary>How late in its window a shard may still identify.</summary>
    private static TimeSpan Lateness(TimeSpan interval) => interval / 2;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
