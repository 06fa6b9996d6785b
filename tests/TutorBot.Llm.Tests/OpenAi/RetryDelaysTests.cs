using System.Net.Http.Headers;
using TutorBot.Llm.OpenAi;

namespace TutorBot.Llm.Tests.OpenAi;

public sealed class RetryDelaysTests
{
    [Theory]
    [InlineData(1, 0.0, 250)]
    [InlineData(1, 0.999999, 500)]
    [InlineData(3, 0.0, 1000)]
    [InlineData(3, 0.999999, 2000)]
    [InlineData(20, 0.999999, 30000)]
    public void BackoffDoublesEachAttemptWithinItsJitterAndStopsAtTheCap(int attempt, double jitter, int expectedMs)
    {
        var delay = RetryDelays.Backoff(TimeSpan.FromMilliseconds(500), attempt, jitter);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 0.1);
    }

    [Fact]
    public void RetryAfterInSecondsIsTakenAsIs() =>
        Assert.Equal(TimeSpan.FromSeconds(2), RetryDelays.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)), DateTimeOffset.UtcNow));

    [Fact]
    public void RetryAfterAsADateIsTheTimeUntilThen()
    {
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(5), RetryDelays.RetryAfter(new RetryConditionHeaderValue(now.AddSeconds(5)), now));
    }

    [Fact]
    public void AnAbsurdRetryAfterIsCapped() =>
        Assert.Equal(RetryDelays.MaxBackoff, RetryDelays.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), DateTimeOffset.UtcNow));

    [Fact]
    public void NoRetryAfterMeansNone() => Assert.Null(RetryDelays.RetryAfter(null, DateTimeOffset.UtcNow));
}
