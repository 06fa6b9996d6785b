using System.Text.Json.Nodes;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

/// <summary>Work is ordered per user, not per channel: rate limits are per route, and one user's route is not another's.</summary>
public sealed class PerUserOrderingTests
{
    [Fact]
    public async Task AReplyHeldByA429OnOneUsersRouteDoesNotDelayAnotherUsersReplyInTheSameChannel()
    {
        await using var bot = await BotHarness.StartAsync();
        var ada = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "what is GQA?" }, userId: "111111111111111111", userName: "Ada");
        var bo = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "what is MQA?" }, userId: "222222222222222222", userName: "Bo");
        var adaToken = (string)ada["token"]!;
        bot.Discord.Rest.FailNext("PATCH", adaToken + "/messages/@original", RestFault.RouteRateLimit(3));

        await bot.SendInteractionAsync(ada);
        await Eventually.TrueAsync(() => bot.Discord.Rest.Requests.Any(r => r.Is("PATCH", adaToken) && r.Status == 429), "Ada's reply to be rate limited");
        var boSent = DateTimeOffset.UtcNow;
        await bot.SendInteractionAsync(bo);
        var boReply = await bot.EditedOriginalAsync(bo);
        var adaReply = await bot.EditedOriginalAsync(ada);

        Assert.True(boReply.At - boSent < TimeSpan.FromSeconds(1.5), $"Bo waited {(boReply.At - boSent).TotalMilliseconds} ms");
        Assert.True(adaReply.At > boReply.At, "Ada's reply went out only after her route's retry_after");
        Assert.Contains("GQA", adaReply.Content, StringComparison.Ordinal);
        Assert.Contains("MQA", boReply.Content, StringComparison.Ordinal);
    }
}
