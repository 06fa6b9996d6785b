using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TutorBot.Discord.Commands;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>/privacy export and /privacy delete on the real composition (a fresh SQLite file).</summary>
public sealed class PrivacyCommandTests
{
    private const string Answer = "Dot products grow with d_k, so the scores are divided by its square root to keep softmax from saturating.";

    [Fact]
    public async Task ExportSendsEveryStoredAnswerAsAnEphemeralJsonFileAndDeleteAfterConfirmationLeavesNoRowOfTheUser()
    {
        using var directory = new TempDirectory();
        var database = directory.File("tutor.db");
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(database));
        await AnswerOneQuestionAsync(bot);
        var userRowId = Convert.ToString(StoredRows.Scalar(database, "SELECT id FROM users WHERE external_id = $id;", ("$id", InteractionPayloads.UserId)), System.Globalization.CultureInfo.InvariantCulture)!;

        var export = InteractionPayloads.SlashCommand("privacy", subcommand: "export");
        await bot.SendInteractionAsync(export);
        var file = await bot.EditedOriginalAsync(export);

        var deferral = Assert.Single(bot.Callbacks(export)).Json!;
        Assert.Equal(5, (int)deferral["type"]!);
        Assert.Equal(64, (int)deferral["data"]!["flags"]!);
        var json = JsonNode.Parse(file.FileTexts[$"tutorbot-{InteractionPayloads.UserId}.json"])!;
        Assert.Equal("discord", (string)json["frontend"]!);
        Assert.Equal(InteractionPayloads.UserId, (string)json["user"]!);
        var storedAnswers = (long)StoredRows.Scalar(database, "SELECT count(*) FROM answers;")!;
        Assert.Equal(storedAnswers, json["tables"]!["answers"]!.AsArray().Count);
        Assert.Contains(json["tables"]!["answers"]!.AsArray(), a => (string)a!["text"]! == Answer);

        var cancelled = await AskToDeleteAndPressAsync(bot, "tutor:privacy-cancel");
        Assert.Contains("Nothing was deleted", cancelled.Content, StringComparison.Ordinal);
        Assert.Equal(storedAnswers, (long)StoredRows.Scalar(database, "SELECT count(*) FROM answers;")!);

        var deleted = await AskToDeleteAndPressAsync(bot, "tutor:privacy-delete");
        Assert.Contains("Deleted the", deleted.Content, StringComparison.Ordinal);
        Assert.Empty(deleted.Json!["components"]!.AsArray());
        var cells = StoredRows.AllCells(database);
        Assert.DoesNotContain(cells, c => c.Value.Contains(InteractionPayloads.UserId, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Column is "user_id" or "id" && c.Table is not "interviews" and not "answers" && c.Value == userRowId);
        Assert.DoesNotContain(cells, c => c.Value.Contains(Answer, StringComparison.Ordinal));
        Assert.Equal(0L, StoredRows.Scalar(database, "SELECT count(*) FROM users;"));
    }

    [Fact]
    public void PrivacyIsRegisteredWithTheOtherCommandsWithExportAndDelete()
    {
        var privacy = SlashCommandCatalog.Build().Single(c => (string)c!["name"]! == "privacy")!;

        Assert.Contains("privacy", SlashCommandCatalog.Names);
        Assert.Equal(["export", "delete"], privacy["options"]!.AsArray().Select(o => (string)o!["name"]!));
        Assert.All(privacy["options"]!.AsArray(), o => Assert.Equal(1, (int)o!["type"]!));
    }

    private static async Task AnswerOneQuestionAsync(BotHarness bot)
    {
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");
        await bot.SendInteractionAsync(start);
        var threadId = Regex.Match((await bot.EditedOriginalAsync(start)).Content!, @"<#(\d+)>").Groups[1].Value;
        await Eventually.TrueAsync(() => bot.Discord.Rest.LatestQuestion() is not null, "the first question");
        var answer = InteractionPayloads.AnswerModal(Answer, bot.Discord.Rest.LatestQuestion()!, threadId);
        await bot.SendInteractionAsync(answer);
        Assert.Contains("/10", (await bot.EditedOriginalAsync(answer)).Text, StringComparison.Ordinal);
    }

    /// <summary>/privacy delete, then a press on one of the buttons of its ephemeral prompt; returns the prompt as edited afterwards.</summary>
    private static async Task<RecordedRequest> AskToDeleteAndPressAsync(BotHarness bot, string button)
    {
        var delete = InteractionPayloads.SlashCommand("privacy", subcommand: "delete");
        await bot.SendInteractionAsync(delete);
        await Eventually.TrueAsync(() => bot.Callbacks(delete).Count == 1, "the confirmation prompt");
        var prompt = bot.Callbacks(delete)[0].Json!;
        Assert.Equal(64, (int)prompt["data"]!["flags"]!);
        var buttons = prompt["data"]!["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!);
        Assert.Equal(["tutor:privacy-delete", "tutor:privacy-cancel"], buttons);

        var press = InteractionPayloads.Button(button, InteractionPayloads.ChannelId, channelType: 0);
        await bot.SendInteractionAsync(press);
        await Eventually.TrueAsync(() => bot.Callbacks(press).Count == 1, "the answer to the press");
        var callback = bot.Callbacks(press)[0].Json!;
        if ((int)callback["type"]! == 7)
        {
            return bot.Callbacks(press)[0] with { Json = callback["data"] };
        }

        Assert.Equal(6, (int)callback["type"]!);
        return await bot.EditedOriginalAsync(press);
    }
}
