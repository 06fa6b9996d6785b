using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within Discord's session_start_limit: when no session starts remain it waits for the reset,
/// and it spaces Identify calls by IdentifyInterval (one per 5 s per concurrency bucket).
/// </summary>
public sealed class IdentifyGate(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;

    public void Update(int remaining, TimeSpan resetAfter)
    {
        _remaining = remaining;
        _resetAt = time.GetUtcNow() + resetAfter;
    }

    /// <summary>Waits until one more Identify is allowed, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var wait = TimeSpan.Zero;
            if (_remaining <= 0 && _resetAt > now)
            {
                wait = _resetAt - now;
            }

            var spacing = _lastIdentify == DateTimeOffset.MinValue ? TimeSpan.Zero : _lastIdentify + options.Value.IdentifyInterval - now;
            if (spacing > wait)
            {
                wait = spacing;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            if (_remaining <= 0)
            {
                // The reset has passed; Discord refills the daily allowance. GET /gateway/bot would say by how much.
                _remaining = 1;
            }

            _remaining--;
            _lastIdentify = time.GetUtcNow();
        }
        finally
        {
            _lock.Release();
        }
    }
}
