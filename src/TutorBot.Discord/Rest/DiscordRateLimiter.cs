using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Rest;

/// <summary>
/// Per-route buckets fed by X-RateLimit-Remaining / X-RateLimit-Reset-After, a global sliding window that never
/// lets more than GlobalRequestsPerSecond through in any second, and pauses that 429 answers impose.
/// </summary>
public sealed class DiscordRateLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new();
    private readonly Queue<DateTimeOffset> _recentRequests = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalBlockedUntil;

    /// <summary>Waits until the route and the global limit allow one request; dispose the result when the response is in.</summary>
    public async Task<IDisposable> AcquireAsync(string bucketKey, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(bucketKey, _ => new RouteBucket());
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var routeWait = bucket.WaitFrom(time.GetUtcNow());
            if (routeWait > TimeSpan.Zero)
            {
                await Task.Delay(routeWait, time, cancellationToken);
            }

            await WaitForGlobalSlotAsync(cancellationToken);
            return new GateRelease(bucket.Gate);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    public void Observe(string bucketKey, HttpResponseHeaders headers)
    {
        if (!_buckets.TryGetValue(bucketKey, out var bucket))
        {
            return;
        }

        if (Header(headers, "X-RateLimit-Remaining") is { } remaining && int.TryParse(remaining, CultureInfo.InvariantCulture, out var left))
        {
            bucket.Remaining = left;
        }

        if (Header(headers, "X-RateLimit-Reset-After") is { } resetAfter && double.TryParse(resetAfter, CultureInfo.InvariantCulture, out var seconds))
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>A 429 for this route: nothing more on it until retryAfter has passed.</summary>
    public void BlockRoute(string bucketKey, TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd(bucketKey, _ => new RouteBucket());
        bucket.Remaining = 0;
        bucket.ResetAt = time.GetUtcNow() + retryAfter;
    }

    /// <summary>A global 429: nothing at all until retryAfter has passed.</summary>
    public void BlockGlobal(TimeSpan retryAfter)
    {
        lock (_globalLock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _globalBlockedUntil)
            {
                _globalBlockedUntil = until;
            }
        }
    }

    private async Task WaitForGlobalSlotAsync(CancellationToken cancellationToken)
    {
        var window = TimeSpan.FromSeconds(1);
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = time.GetUtcNow();
                while (_recentRequests.Count > 0 && now - _recentRequests.Peek() >= window)
                {
                    _recentRequests.Dequeue();
                }

                if (_globalBlockedUntil > now)
                {
                    wait = _globalBlockedUntil - now;
                }
                else if (_recentRequests.Count >= options.Value.GlobalRequestsPerSecond)
                {
                    wait = _recentRequests.Peek() + window - now;
                }
                else
                {
                    _recentRequests.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
