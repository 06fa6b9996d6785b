using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Discord.Gateway;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Tests.Units;

public sealed class RateLimitTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task NoMoreThanFiftyRequestsGoOutInAnySecond()
    {
        var limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions()), _time);
        for (var i = 0; i < 50; i++)
        {
            (await limiter.AcquireAsync($"GET /channels/{i}/messages", CancellationToken.None)).Dispose();
        }

        var fiftyFirst = limiter.AcquireAsync("GET /channels/51/messages", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fiftyFirst.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AnExhaustedRouteWaitsForItsResetWhileOtherRoutesGoAhead()
    {
        var limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions()), _time);
        const string route = "POST /channels/1/messages";
        (await limiter.AcquireAsync(route, CancellationToken.None)).Dispose();
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "2.5");
        limiter.Observe(route, response.Headers);

        var blocked = limiter.AcquireAsync(route, CancellationToken.None);
        var other = await limiter.AcquireAsync("POST /channels/2/messages", CancellationToken.None);
        other.Dispose();
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(blocked.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.5));
        (await blocked.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AGlobalBlockHoldsEveryRoute()
    {
        var limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions()), _time);
        limiter.BlockGlobal(TimeSpan.FromSeconds(3));

        var waiting = limiter.AcquireAsync("GET /gateway/bot", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task IdentifyWaitsForTheSessionStartLimitToReset()
    {
        var gate = new IdentifyGate(Options.Create(new DiscordOptions { IdentifyInterval = TimeSpan.Zero }), _time);
        gate.Update(remaining: 1, resetAfter: TimeSpan.FromMinutes(10));
        await gate.WaitAsync(CancellationToken.None);

        var second = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromMinutes(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IdentifyCallsAreSpacedByTheIdentifyInterval()
    {
        var gate = new IdentifyGate(Options.Create(new DiscordOptions()), _time);
        await gate.WaitAsync(CancellationToken.None);

        var second = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
