using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task TheTokenNeverAppearsInLogsThroughFaultsAndAFatalStop()
    {
        var bot = await BotHarness.StartAsync(arrange: d =>
        {
            d.Rest.FailNext("POST", "/callback", RestFault.GlobalRateLimit(0.05));
            d.Rest.FailNext("PATCH", "@original", RestFault.BadGateway);
        });
        var token = bot.Discord.Token;
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "q" });
        await bot.SendInteractionAsync(ask);
        await bot.EditedOriginalAsync(ask);
        bot.Discord.Gateway.Drop();
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Resumes.Count == 1 && bot.Discord.Gateway.IsReady, "the resume");
        bot.Discord.Gateway.RejectIdentifyWith = 4004;
        await bot.Discord.Gateway.SendInvalidSessionAsync(resumable: false);
        var status = bot.Host.Services.GetRequiredService<DiscordBotStatus>();
        await Eventually.TrueAsync(() => status.FatalError is not null, "the fatal stop");
        await bot.DisposeAsync();

        Assert.True(bot.Logs.Lines.Count > 5, "too few log lines to make the scan meaningful");
        Assert.DoesNotContain(token, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token, status.FatalError, StringComparison.Ordinal);
        Assert.DoesNotContain((string)ask["token"]!, bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedTokenOnRestStopsTheBotWithAMessageThatDoesNotQuoteIt()
    {
        var wrongToken = BotHarness.NewToken();
        var bot = await BotHarness.StartAsync(waitForReady: false, token: wrongToken);
        var status = bot.Host.Services.GetRequiredService<DiscordBotStatus>();

        await Eventually.TrueAsync(() => status.FatalError is not null, "the fatal stop");
        await bot.DisposeAsync();

        Assert.Contains("401", status.FatalError);
        Assert.DoesNotContain(wrongToken, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, status.FatalError, StringComparison.Ordinal);
    }
}
