using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;

namespace TutorBot.Discord.Tests;

public sealed class InterviewTests
{
    [Fact]
    public async Task AWholeInterviewRunsInAThreadThroughButtonsAndModalsToASummary()
    {
        await using var bot = await BotHarness.StartAsync();
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");

        await bot.SendInteractionAsync(start);
        var started = await bot.EditedOriginalAsync(start);

        var thread = Assert.Single(bot.Discord.Rest.Where("POST", $"/channels/{InteractionPayloads.ChannelId}/threads"));
        Assert.Equal(11, (int)thread.Json!["type"]!);
        var threadId = bot.Interview.Inputs[0].Conversation.ChannelId;
        Assert.Contains($"<#{threadId}>", started.Content);
        Assert.Equal(new StartInterview(InterviewMode.Practice) { Topic = "transformer", Count = 2, Language = Language.En }, bot.Interview.Inputs[0].Intent);
        var question1 = Assert.Single(bot.Discord.Rest.Where("POST", $"/channels/{threadId}/messages"));
        Assert.Contains("Question 1/2", question1.Content);
        var buttons = question1.Json!["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!);
        var question1Ref = bot.Interview.CurrentQuestion(threadId);
        var named = $"{question1Ref.InterviewId:N}:1:0";
        Assert.Equal([$"tutor:answer:{named}", $"tutor:hint:{named}", $"tutor:skip:{named}", $"tutor:end:{named}"], buttons);

        var answerButton = InteractionPayloads.InterviewButton(CustomIds.Answer, question1Ref, threadId);
        await bot.SendInteractionAsync(answerButton);
        await Eventually.TrueAsync(() => bot.Callbacks(answerButton).Count == 1, "the modal");
        var modal = bot.Callbacks(answerButton)[0].Json!;
        Assert.Equal(9, (int)modal["type"]!);
        Assert.Equal($"tutor:answer-modal:{named}", (string)modal["data"]!["custom_id"]!);
        var label = modal["data"]!["components"]![0]!;
        Assert.Equal(18, (int)label["type"]!);
        Assert.Equal("Answer", (string)label["label"]!);
        Assert.Equal("Your answer", (string)modal["data"]!["title"]!);
        var input = label["component"]!;
        Assert.Equal(4, (int)input["type"]!);
        Assert.Null(input["label"]);
        Assert.Equal(2, (int)input["style"]!);
        Assert.Equal(4000, (int)input["max_length"]!);

        var answer1 = InteractionPayloads.AnswerModal("Dot products grow with d_k, so scores are scaled down.", question1Ref, threadId);
        await bot.SendInteractionAsync(answer1);
        var feedback1 = await bot.EditedOriginalAsync(answer1);
        Assert.Contains("7.0/10", feedback1.Text);
        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("POST", $"/webhooks/{FakeDiscord.ApplicationId}/{(string)answer1["token"]!}").Count == 1, "question 2 as a follow-up");
        var question2 = bot.Discord.Rest.Where("POST", $"/webhooks/{FakeDiscord.ApplicationId}/{(string)answer1["token"]!}")[0];
        Assert.Contains("Question 2/2", question2.Content);
        Assert.NotNull(question2.Json!["components"]);

        var question2Ref = bot.Interview.CurrentQuestion(threadId);
        var hint = InteractionPayloads.InterviewButton(CustomIds.Hint, question2Ref, threadId);
        await bot.SendInteractionAsync(hint);
        Assert.Contains("Hint", (await bot.EditedOriginalAsync(hint)).Content);

        var answer2 = InteractionPayloads.AnswerModal("Keys and values of past tokens.", question2Ref, threadId);
        await bot.SendInteractionAsync(answer2);
        await bot.EditedOriginalAsync(answer2);
        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("POST", "/webhooks/" + FakeDiscord.ApplicationId + "/" + (string)answer2["token"]!).Any(r => r.Content!.Contains("Summary")), "the summary");

        Assert.Equal(
            ["Dot products grow with d_k, so scores are scaled down.", "Keys and values of past tokens."],
            bot.Interview.AnswersIn(threadId));
        Assert.All(bot.Interview.Inputs, i => Assert.Equal("discord", i.Conversation.Frontend));
    }

    [Fact]
    public async Task ASecondInterviewWhileOneRunsGetsAnEphemeralNotice()
    {
        await using var bot = await BotHarness.StartAsync();
        var first = InteractionPayloads.SlashCommand("interview", subcommand: "start");
        await bot.SendInteractionAsync(first);
        await bot.EditedOriginalAsync(first);

        var second = InteractionPayloads.SlashCommand("interview", subcommand: "start");
        await bot.SendInteractionAsync(second);
        await Eventually.TrueAsync(() => bot.Callbacks(second).Count == 1, "the notice");

        var notice = bot.Callbacks(second)[0].Json!;
        Assert.Equal(4, (int)notice["type"]!);
        Assert.Equal(64, (int)notice["data"]!["flags"]!);
        Assert.Contains("already have an interview", (string)notice["data"]!["content"]!);
        Assert.Single(bot.Interview.Inputs, i => i.Intent is StartInterview);
    }

    [Fact]
    public async Task ModelBackedRequestsWithinTheCooldownGetAnEphemeralNotice()
    {
        await using var bot = await BotHarness.StartAsync(o => o.ModelCooldownSeconds = 60);
        var first = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "a" });
        var second = InteractionPayloads.SlashCommand("ask", new JsonObject { ["question"] = "b" });

        await bot.SendInteractionAsync(first);
        await bot.SendInteractionAsync(second);
        await bot.EditedOriginalAsync(first);
        await Eventually.TrueAsync(() => bot.Callbacks(second).Count == 1, "the notice");

        Assert.Equal(64, (int)bot.Callbacks(second)[0].Json!["data"]!["flags"]!);
        Assert.Contains("Please wait", (string)bot.Callbacks(second)[0].Json!["data"]!["content"]!);
        Assert.Single(bot.Interview.Inputs);
    }

    [Fact]
    public async Task WithMessageContentAPlainMessageInTheThreadIsAnAnswer()
    {
        await using var bot = await BotHarness.StartAsync(o => o.EnableMessageContent = true);
        var start = InteractionPayloads.SlashCommand("interview", subcommand: "start");
        await bot.SendInteractionAsync(start);
        await bot.EditedOriginalAsync(start);
        var threadId = bot.Interview.Inputs[0].Conversation.ChannelId;

        var message = new JsonObject
        {
            ["id"] = InteractionPayloads.NextId(),
            ["channel_id"] = threadId,
            ["content"] = "softmax saturates without the scaling",
            ["author"] = new JsonObject { ["id"] = InteractionPayloads.UserId, ["username"] = "ada" },
        };
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", message);
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", new JsonObject
        {
            ["id"] = InteractionPayloads.NextId(),
            ["channel_id"] = threadId,
            ["content"] = "a bystander's remark",
            ["author"] = new JsonObject { ["id"] = "666", ["username"] = "bob" },
        });

        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("POST", $"/channels/{threadId}/messages").Any(m => m.Text.Contains("7.0/10")), "feedback in the thread");
        Assert.Equal(["softmax saturates without the scaling"], bot.Interview.AnswersIn(threadId));
        Assert.Equal(32_769 | 1 << 9 | 1 << 12, (int)bot.Discord.Gateway.Received.First(f => (int?)f["op"] == 2)["d"]!["intents"]!);
    }
}
