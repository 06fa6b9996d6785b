using System.Text.Json.Nodes;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>One running interview per user is the tutor's rule, read from storage: a restarted bot keeps to it.</summary>
public sealed class OneInterviewPerUserTests
{
    [Fact]
    public async Task AfterARestartASecondInterviewIsRefusedEphemerallyAndOpensNoThreadUntilTheFirstEnds()
    {
        using var directory = new TempDirectory();
        var database = directory.File("tutor.db");
        string thread;
        await using (var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(database)))
        {
            thread = await bot.StartInterviewAsync();
        }

        await using (var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(database)))
        {
            var second = Start();
            await bot.SendInteractionAsync(second);
            await Eventually.TrueAsync(() => bot.Callbacks(second).Count == 1, "the notice");

            var notice = bot.Callbacks(second)[0].Json!;
            Assert.Equal(64, (int)notice["data"]!["flags"]!);
            Assert.Contains($"already have an interview running in <#{thread}>", (string)notice["data"]!["content"]!, StringComparison.Ordinal);
            Assert.Empty(bot.Discord.Rest.Where("POST", "/threads"));

            // /interview end outside the thread ends the stored interview; then a new one starts.
            var end = InteractionPayloads.SlashCommand("interview", subcommand: "end");
            await bot.SendInteractionAsync(end);
            Assert.Contains("Summary", (await bot.EditedOriginalAsync(end)).Content, StringComparison.Ordinal);
            var third = Start();
            await bot.SendInteractionAsync(third);
            Assert.Contains("Your interview is in", (await bot.EditedOriginalAsync(third)).Content, StringComparison.Ordinal);
        }

        Assert.Equal(1L, StoredRows.Scalar(database, "SELECT count(*) FROM interviews WHERE status = 'active';"));
        Assert.Equal(2L, StoredRows.Scalar(database, "SELECT count(*) FROM interviews;"));
    }

    [Fact]
    public async Task DeletingAnInterviewsThreadEndsItSoItsOwnerCanStartAnother()
    {
        await using var bot = await BotHarness.StartAsync();
        var thread = await bot.StartInterviewAsync();

        await bot.Discord.Gateway.DispatchAsync("THREAD_DELETE", new JsonObject { ["id"] = thread, ["type"] = 11, ["guild_id"] = InteractionPayloads.GuildId });
        await Eventually.TrueAsync(() => bot.Interview.Inputs.Any(i => i.Intent is EndInterview && i.Conversation.ChannelId == thread), "the interview to end");

        var again = Start();
        await bot.SendInteractionAsync(again);
        Assert.Contains("Your interview is in", (await bot.EditedOriginalAsync(again)).Content, StringComparison.Ordinal);
    }

    private static JsonObject Start() =>
        InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");
}
