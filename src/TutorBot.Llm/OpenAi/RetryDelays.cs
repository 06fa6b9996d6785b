using System.Net.Http.Headers;

namespace TutorBot.Llm.OpenAi;

/// <summary>How long to wait before a retry: what the server asked for (Retry-After), or else exponential backoff
/// with full jitter so that many clients refused together do not come back together.</summary>
public static class RetryDelays
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <param name="attempt">1 for the first retry.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    public static TimeSpan Backoff(TimeSpan baseDelay, int attempt, double jitter)
    {
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1), MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + jitter / 2));
    }

    /// <summary>The server's Retry-After (seconds or a date), or null when it sent none.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header switch
        {
            { Delta: { } delta } => Clamp(delta),
            { Date: { } date } => Clamp(date - now),
            _ => null,
        };

    private static TimeSpan Clamp(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxBackoff ? MaxBackoff : delay;
}
