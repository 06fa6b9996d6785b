using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class GatewayFaultTests
{
    [Fact]
    public async Task ADroppedSocketMidInterviewResumesAndEveryMissedAnswerIsHandledExactlyOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var threadId = await StartInterviewAsync(bot);
        const string sessionId = "session-1";

        // Discord may replay events the client already had; the start command must not run twice.
        bot.Discord.Gateway.ReplayOverlap = 2;
        bot.Discord.Gateway.Drop();
        var answer = InteractionPayloads.AnswerModal("sent while the socket was down", bot.Interview.CurrentQuestion(threadId), threadId);
        await bot.SendInteractionAsync(answer);

        await bot.EditedOriginalAsync(answer);
        var resume = Assert.Single(bot.Discord.Gateway.Resumes);
        Assert.Equal(sessionId, (string)resume["d"]!["session_id"]!);
        Assert.StartsWith("/resume", bot.Discord.Gateway.LastResumePath);
        Assert.Equal(1, bot.Discord.Gateway.Identifies);
        Assert.Equal(["sent while the socket was down"], bot.Interview.AnswersIn(threadId));
        Assert.Single(bot.Interview.Inputs, i => i.Intent is StartInterview);
        Assert.Single(bot.Discord.Rest.Where("PATCH", (string)answer["token"]! + "/messages/@original"));
    }

    [Fact]
    public async Task TenUsersAnsweringAcrossADroppedConnectionLoseNothingAndDoubleNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var users = Enumerable.Range(1, 10).Select(i => $"80{i}").ToList();
        foreach (var user in users)
        {
            await bot.SendInteractionAsync(InteractionPayloads.SlashCommand("interview", subcommand: "start", userId: user));
        }

        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("POST", "/threads").Count == users.Count, "ten threads");
        await Eventually.TrueAsync(() => bot.Interview.Inputs.Count == users.Count, "ten interviews");
        var threadByUser = bot.Interview.Inputs.ToDictionary(i => i.User.UserId, i => i.Conversation.ChannelId);
        bot.Discord.Gateway.ReplayOverlap = 4;

        for (var i = 0; i < users.Count; i++)
        {
            if (i == users.Count / 2)
            {
                bot.Discord.Gateway.Drop();
            }

            await bot.SendInteractionAsync(InteractionPayloads.AnswerModal($"answer of {users[i]}", bot.Interview.CurrentQuestion(threadByUser[users[i]]), threadByUser[users[i]], userId: users[i]));
        }

        await Eventually.TrueAsync(() => users.All(u => bot.Interview.AnswersIn(threadByUser[u]).Count == 1), "every answer");
        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("PATCH", "@original").Count == 2 * users.Count, "every edited response");
        Assert.All(users, u => Assert.Equal([$"answer of {u}"], bot.Interview.AnswersIn(threadByUser[u])));
        Assert.Equal(users.Count, bot.Interview.Inputs.Count(i => i.Intent is StartInterview));
        Assert.Equal(1, bot.Discord.Gateway.Identifies);
    }

    [Fact]
    public async Task OpcodeSevenReconnectResumesOnTheResumeUrl()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.SendReconnectAsync();
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Resumes.Count == 1 && bot.Discord.Gateway.IsReady, "the resume");
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "after op 7" });
        await bot.SendInteractionAsync(ask);

        Assert.Contains("after op 7", (await bot.EditedOriginalAsync(ask)).Content);
        Assert.Equal(1, bot.Discord.Gateway.Identifies);
        Assert.Equal(2, bot.Discord.Gateway.Connections);
    }

    [Fact]
    public async Task ANonResumableInvalidSessionLeadsToAFreshIdentify()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.SendInvalidSessionAsync(resumable: false);
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Identifies == 2 && bot.Discord.Gateway.IsReady, "a second identify");
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "after op 9" });
        await bot.SendInteractionAsync(ask);

        Assert.Contains("after op 9", (await bot.EditedOriginalAsync(ask)).Content);
        Assert.Empty(bot.Discord.Gateway.Resumes);
    }

    [Fact]
    public async Task AResumableInvalidSessionResumes()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.SendInvalidSessionAsync(resumable: true);
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Resumes.Count == 1 && bot.Discord.Gateway.IsReady, "the resume");

        Assert.Equal(1, bot.Discord.Gateway.Identifies);
    }

    [Fact]
    public async Task AMissingHeartbeatAckCountsAsAZombieConnectionAndTheBotResumes()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Gateway.HeartbeatIntervalMs = 100);

        bot.Discord.Gateway.AckHeartbeats = false;
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Connections >= 2, "a reconnect");
        bot.Discord.Gateway.AckHeartbeats = true;
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Resumes.Count >= 1 && bot.Discord.Gateway.IsReady, "the resume");
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "after a zombie" });
        await bot.SendInteractionAsync(ask);

        Assert.Contains("after a zombie", (await bot.EditedOriginalAsync(ask)).Content);
        Assert.Equal(1, bot.Discord.Gateway.Identifies);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("No heartbeat ACK", StringComparison.Ordinal));
        Assert.Single(bot.Interview.Inputs);
    }

    [Fact]
    public async Task HeartbeatsCarryTheLastSequenceNumber()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Gateway.HeartbeatIntervalMs = 100);
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "q" });
        var sequence = await bot.SendInteractionAsync(ask);

        await Eventually.TrueAsync(() => bot.Discord.Gateway.Received.Any(f => (int?)f["op"] == 1 && (long?)f["d"] == sequence), "a heartbeat with the sequence");
    }

    [Theory]
    [InlineData(4004, "rejected the bot token")]
    [InlineData(4013, "invalid")]
    [InlineData(4014, "MESSAGE CONTENT INTENT")]
    public async Task FatalCloseCodesStopTheBotWithAClearMessage(int code, string expected)
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Gateway.RejectIdentifyWith = code, waitForReady: false);
        var status = bot.Host.Services.GetRequiredService<DiscordBotStatus>();

        await Eventually.TrueAsync(() => status.FatalError is not null, "the bot to stop");

        Assert.Contains(expected, status.FatalError);
        Assert.Contains($"{code}", status.FatalError);
        Assert.Equal(1, bot.Discord.Gateway.Connections);
    }

    [Fact]
    public async Task OtherCloseCodesReconnect()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.CloseAsync(4000);
        await Eventually.TrueAsync(() => bot.Discord.Gateway.Connections == 2 && bot.Discord.Gateway.IsReady, "a reconnect");

        Assert.Single(bot.Discord.Gateway.Resumes);
    }

    [Fact]
    public async Task IdentifyWaitsWhenNoSessionStartsRemain()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d =>
        {
            d.Rest.SessionStartsRemaining = 0;
            d.Rest.SessionStartsResetAfterMs = 300;
        }, waitForReady: false);
        var started = DateTime.UtcNow;

        await Eventually.TrueAsync(() => bot.Discord.Gateway.IsReady, "the identify");

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250), "identify went out before session_start_limit reset");
    }

    internal static async Task<string> StartInterviewAsync(BotHarness bot)
    {
        var start = InteractionPayloads.SlashCommand("interview", subcommand: "start");
        await bot.SendInteractionAsync(start);
        await bot.EditedOriginalAsync(start);
        return bot.Interview.Inputs[0].Conversation.ChannelId;
    }
}
