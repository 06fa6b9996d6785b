using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class RestFaultTests
{
    [Fact]
    public async Task ARouteRateLimitIsWaitedOutAndTheEditArrivesOnce()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Rest.FailNext("PATCH", "@original", RestFault.RouteRateLimit(0.2)));
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "rate limited" });

        await bot.SendInteractionAsync(ask);
        var edit = await bot.EditedOriginalAsync(ask);

        var limited = Assert.Single(bot.Discord.Rest.Requests, r => r.Status == 429);
        Assert.True(edit.At - limited.At >= TimeSpan.FromMilliseconds(180), $"retried after {(edit.At - limited.At).TotalMilliseconds} ms");
        Assert.Single(bot.Discord.Rest.Where("PATCH", "@original"));
        Assert.Single(bot.Interview.Inputs);
    }

    [Fact]
    public async Task AGlobalRateLimitHoldsBackEveryRoute()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Rest.FailNext("POST", "/callback", RestFault.GlobalRateLimit(0.3)));
        var first = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "one" });
        var second = InteractionPayloads.SlashCommand("calc", new JsonObject { ["question"] = "two" });

        await bot.SendInteractionAsync(first);
        await Eventually.TrueAsync(() => bot.Discord.Rest.Requests.Any(r => r.Status == 429), "the 429");
        await bot.SendInteractionAsync(second);
        await bot.EditedOriginalAsync(first);
        await bot.EditedOriginalAsync(second);

        var limited = bot.Discord.Rest.Requests.Single(r => r.Status == 429);
        var afterwards = bot.Discord.Rest.Requests.Where(r => r.At > limited.At && r.Status < 400).ToList();
        Assert.NotEmpty(afterwards);
        Assert.All(afterwards, r => Assert.True(r.At - limited.At >= TimeSpan.FromMilliseconds(280), $"{r.Method} {r.Path} went out {(r.At - limited.At).TotalMilliseconds} ms after a global 429"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("(global)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadGatewayAnswersAreRetriedAndTheInterviewThreadStillOpens()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d =>
        {
            d.Rest.FailNext("POST", "/threads", RestFault.BadGateway);
            d.Rest.FailNext("POST", "/threads", RestFault.BadGateway);
        });

        var threadId = await GatewayFaultTests.StartInterviewAsync(bot);

        Assert.Equal(2, bot.Discord.Rest.Requests.Count(r => r.Status == 502));
        Assert.Single(bot.Discord.Rest.Where("POST", "/threads"));
        Assert.NotEqual(InteractionPayloads.ChannelId, threadId);
    }

    [Fact]
    public async Task WhenAThreadCannotBeOpenedTheInterviewRunsInTheChannel()
    {
        await using var bot = await BotHarness.StartAsync(
            o => o.MaxServerErrorRetries = 1,
            d =>
            {
                d.Rest.FailNext("POST", "/threads", RestFault.BadGateway);
                d.Rest.FailNext("POST", "/threads", RestFault.BadGateway);
            });

        var threadId = await GatewayFaultTests.StartInterviewAsync(bot);

        Assert.Equal(InteractionPayloads.ChannelId, threadId);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Could not open an interview thread", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerErrorsAtStartUpDelayTheBotButDoNotStopIt()
    {
        await using var bot = await BotHarness.StartAsync(
            o => o.MaxServerErrorRetries = 0,
            d =>
            {
                d.Rest.FailNext("PUT", "/commands", RestFault.BadGateway);
                d.Rest.FailNext("GET", "/gateway/bot", RestFault.BadGateway);
                d.Rest.FailNext("GET", "/gateway/bot", RestFault.BadGateway);
            });

        Assert.Equal(3, bot.Discord.Rest.Requests.Count(r => r.Status == 502));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Could not register the slash commands", StringComparison.Ordinal));
        Assert.Null(bot.Host.Services.GetRequiredService<DiscordBotStatus>().FatalError);
    }
}
