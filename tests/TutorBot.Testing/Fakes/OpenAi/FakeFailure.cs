namespace TutorBot.Testing.Fakes.OpenAi;

/// <summary>An error the fake answers with instead of a completion: a status, an OpenAI-style error body and,
/// optionally, Retry-After (seconds). Hang keeps the connection open without answering (a server that times out).</summary>
public sealed record FakeFailure(int Status, string Message, string Type = "server_error", int? RetryAfterSeconds = null, bool Hang = false)
{
    public static FakeFailure RateLimited(int retryAfterSeconds) =>
        new(429, "Rate limit reached, slow down", "rate_limit_exceeded", retryAfterSeconds);

    public static FakeFailure ServerError() => new(500, "The server had an error while processing your request", "server_error");

    public static FakeFailure Unavailable() => new(503, "The engine is currently overloaded", "server_error");

    public static FakeFailure Silence() => new(0, "", Hang: true);
}
