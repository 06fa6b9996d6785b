using System.Text.Json.Nodes;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData(42, "interaction type 42")]
    [InlineData(3, "button tutor:launch-rockets")]
    [InlineData(5, "modal strange-modal")]
    public async Task UnknownInteractionsAreLoggedAndAnsweredEphemerally(int type, string logged)
    {
        await using var bot = await BotHarness.StartAsync();
        var data = new JsonObject { ["custom_id"] = type == 3 ? "tutor:launch-rockets" : "strange-modal", ["components"] = new JsonArray() };
        var interaction = InteractionPayloads.Interaction(type, data);

        await bot.SendInteractionAsync(interaction);
        await Eventually.TrueAsync(() => bot.Callbacks(interaction).Count == 1, "an answer");

        var answer = bot.Callbacks(interaction)[0].Json!;
        Assert.Equal(4, (int)answer["type"]!);
        Assert.Equal(64, (int)answer["data"]!["flags"]!);
        Assert.Contains(bot.Logs.Lines, l => l.Contains(logged, StringComparison.Ordinal));
        Assert.Empty(bot.Interview.Inputs);
        await AssertStillServingAsync(bot);
    }

    [Fact]
    public async Task MalformedFramesAreLoggedAndTheConnectionStaysUp()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Discord.Gateway.SendRawAsync("{not json at all");
        await bot.Discord.Gateway.SendRawAsync("[1, 2, 3]");
        await bot.Discord.Gateway.SendRawAsync("{\"op\": \"zero\"}");
        await bot.Discord.Gateway.SendRawAsync("{\"op\": 0, \"t\": \"INTERACTION_CREATE\", \"s\": 99, \"d\": {\"id\": \"1\"}}");

        await AssertStillServingAsync(bot);
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Contains("Ignored a gateway frame that is not a JSON payload", StringComparison.Ordinal)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Ignored an interaction without id, token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOversizedModalAnswerIsRefusedEphemerallyAndNeverGraded()
    {
        await using var bot = await BotHarness.StartAsync();
        var threadId = await GatewayFaultTests.StartInterviewAsync(bot);
        var answer = InteractionPayloads.AnswerModal(new string('x', 4001), bot.Interview.CurrentQuestion(threadId), threadId);

        await bot.SendInteractionAsync(answer);
        await Eventually.TrueAsync(() => bot.Callbacks(answer).Count == 1, "the refusal");

        var refusal = bot.Callbacks(answer)[0].Json!;
        Assert.Equal(64, (int)refusal["data"]!["flags"]!);
        Assert.Contains("4001 characters; the limit is 4000", (string)refusal["data"]!["content"]!);
        Assert.Empty(bot.Interview.AnswersIn(threadId));
        await AssertStillServingAsync(bot);
    }

    [Fact]
    public async Task SomeoneElsesInterviewButtonsAreRefused()
    {
        await using var bot = await BotHarness.StartAsync();
        var threadId = await GatewayFaultTests.StartInterviewAsync(bot);
        var click = InteractionPayloads.InterviewButton(CustomIds.Answer, bot.Interview.CurrentQuestion(threadId), threadId, userId: "666");

        await bot.SendInteractionAsync(click);
        await Eventually.TrueAsync(() => bot.Callbacks(click).Count == 1, "the refusal");

        Assert.Equal(4, (int)bot.Callbacks(click)[0].Json!["type"]!);
        Assert.Contains("Ada's interview", (string)bot.Callbacks(click)[0].Json!["data"]!["content"]!, StringComparison.Ordinal);
    }

    private static async Task AssertStillServingAsync(BotHarness bot)
    {
        var ask = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "still there?" });
        await bot.SendInteractionAsync(ask);
        Assert.Contains("still there?", (await bot.EditedOriginalAsync(ask)).Content);
        Assert.Equal(1, bot.Discord.Gateway.Connections);
    }
}
