using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>Only an interview's owner acts on it; ownership is read from storage, so a restart changes nothing.</summary>
public sealed class InterviewOwnershipTests
{
    private const string Bo = "222222222222222222";

    [Fact]
    public async Task ASecondMembersPressesModalSubmitAndSlashCommandsAreRefusedEphemerallyBeforeAndAfterARestart()
    {
        using var directory = new TempDirectory();
        var database = directory.File("tutor.db");
        string threadId;
        QuestionRef open;
        await using (var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(database)))
        {
            threadId = await StartInterviewAsync(bot);
            var before = Snapshot(database);
            await AssertEveryActionOfBoIsRefusedAsync(bot, threadId, bot.Discord.Rest.LatestQuestion()!);
            Assert.Equal(before, Snapshot(database));

            await AssertOwnerIsGradedAsync(bot, threadId, bot.Discord.Rest.LatestQuestion()!);
            await Eventually.TrueAsync(() => bot.Discord.Rest.LatestQuestion()?.Attempt > 0 || bot.Discord.Rest.LatestQuestion()?.Question > 1, "the next prompt");
            open = bot.Discord.Rest.LatestQuestion()!;
        }

        await using (var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(database)))
        {
            var before = Snapshot(database);
            await AssertEveryActionOfBoIsRefusedAsync(bot, threadId, open);
            Assert.Equal(before, Snapshot(database));

            var answerButton = InteractionPayloads.InterviewButton(CustomIds.Answer, open, threadId);
            await bot.SendInteractionAsync(answerButton);
            await Eventually.TrueAsync(() => bot.Callbacks(answerButton).Count == 1, "the owner's modal");
            Assert.Equal(9, (int)bot.Callbacks(answerButton)[0].Json!["type"]!);
            await AssertOwnerIsGradedAsync(bot, threadId, open);
        }

        Assert.Equal(0L, StoredRows.Scalar(database, "SELECT count(*) FROM users WHERE external_id = $bo;", ("$bo", Bo)));
    }

    [Fact]
    public async Task ABystandersAnswerInTheOwnersThreadNeverReachesTheTutor()
    {
        await using var bot = await BotHarness.StartAsync();
        var start = InteractionPayloads.SlashCommand("interview", subcommand: "start");
        await bot.SendInteractionAsync(start);
        await bot.EditedOriginalAsync(start);
        var threadId = bot.Interview.Inputs[0].Conversation.ChannelId;

        var bystander = InteractionPayloads.AnswerModal("my answer to someone else's question", bot.Interview.CurrentQuestion(threadId), threadId, userId: Bo, userName: "Bo");
        await bot.SendInteractionAsync(bystander);
        await Eventually.TrueAsync(() => bot.Callbacks(bystander).Count == 1, "the refusal");

        Assert.Contains("Ada's interview", (string)bot.Callbacks(bystander)[0].Json!["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Empty(bot.Interview.AnswersIn(threadId));
    }

    private static async Task<string> StartInterviewAsync(BotHarness bot)
    {
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");
        await bot.SendInteractionAsync(start);
        var threadId = Regex.Match((await bot.EditedOriginalAsync(start)).Content!, @"<#(\d+)>").Groups[1].Value;
        await Eventually.TrueAsync(() => bot.Discord.Rest.Where("POST", $"/channels/{threadId}/messages").Count > 0, "the first question");
        return threadId;
    }

    private static async Task AssertEveryActionOfBoIsRefusedAsync(BotHarness bot, string threadId, QuestionRef open)
    {
        JsonObject[] actions =
        [
            InteractionPayloads.InterviewButton(CustomIds.Answer, open, threadId, userId: Bo, userName: "Bo"),
            InteractionPayloads.InterviewButton(CustomIds.Hint, open, threadId, userId: Bo, userName: "Bo"),
            InteractionPayloads.InterviewButton(CustomIds.Skip, open, threadId, userId: Bo, userName: "Bo"),
            InteractionPayloads.InterviewButton(CustomIds.End, open, threadId, userId: Bo, userName: "Bo"),
            InteractionPayloads.AnswerModal("Bo's answer to Ada's question", open, threadId, userId: Bo, userName: "Bo"),
            InteractionPayloads.SlashCommand("hint", channelId: threadId, channelType: 11, userId: Bo, userName: "Bo"),
            InteractionPayloads.SlashCommand("skip", channelId: threadId, channelType: 11, userId: Bo, userName: "Bo"),
            InteractionPayloads.SlashCommand("interview", subcommand: "end", channelId: threadId, channelType: 11, userId: Bo, userName: "Bo"),
            InteractionPayloads.SlashCommand("interview", subcommand: "start", channelId: threadId, channelType: 11, userId: Bo, userName: "Bo"),
        ];
        foreach (var action in actions)
        {
            await bot.SendInteractionAsync(action);
        }

        foreach (var action in actions)
        {
            await Eventually.TrueAsync(() => bot.Callbacks(action).Count == 1, "the refusal");
            var refusal = bot.Callbacks(action)[0].Json!;
            Assert.Equal(4, (int)refusal["type"]!);
            Assert.Equal(64, (int)refusal["data"]!["flags"]!);
            Assert.Contains("Ada's interview", (string)refusal["data"]!["content"]!, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(bot.Discord.Rest.Requests, r => actions.Any(a => r.Path.Contains((string)a["token"]!, StringComparison.Ordinal) && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)));
    }

    private static async Task AssertOwnerIsGradedAsync(BotHarness bot, string threadId, QuestionRef open)
    {
        var answer = InteractionPayloads.AnswerModal("Dot products grow with d_k, so the scores are divided by its square root to keep softmax from saturating.", open, threadId);
        await bot.SendInteractionAsync(answer);
        Assert.Contains("/10", (await bot.EditedOriginalAsync(answer)).Text, StringComparison.Ordinal);
    }

    /// <summary>The interview's state and every stored answer: what a bystander must not change.</summary>
    private static string Snapshot(string database) =>
        string.Join('\n', StoredRows.AllCells(database).Where(c => c.Table is "interviews" or "interview_questions" or "answers" or "users").Select(c => $"{c.Table}.{c.Column}={c.Value}"));
}
