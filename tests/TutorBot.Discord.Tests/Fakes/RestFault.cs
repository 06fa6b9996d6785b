namespace TutorBot.Discord.Tests.Fakes;

/// <summary>An error the fake answers instead of success: a route or global 429 with retry_after, or a 5xx.</summary>
public sealed record RestFault(int Status, double RetryAfterSeconds = 0, bool Global = false)
{
    public static RestFault RouteRateLimit(double seconds) => new(429, seconds);

    public static RestFault GlobalRateLimit(double seconds) => new(429, seconds, Global: true);

    public static RestFault BadGateway { get; } = new(502);
}
