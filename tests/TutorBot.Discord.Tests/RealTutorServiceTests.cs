using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>The bot on the real composition (bank, storage in a fresh SQLite file, TutorService), not the fake tutor.</summary>
public sealed class RealTutorServiceTests
{
    [Fact]
    public async Task AWholeInterviewRunsThroughTheRealTutorServiceToASummary()
    {
        using var directory = new TempDirectory();
        await using var bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(directory.File("tutor.db")));
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = 2, ["language"] = "en" }, subcommand: "start");

        await bot.SendInteractionAsync(start);
        var started = await bot.EditedOriginalAsync(start);
        var threadId = Regex.Match(started.Content!, @"<#(\d+)>").Groups[1].Value;
        await Eventually.TrueAsync(
            () => bot.Discord.Rest.Where("POST", $"/channels/{threadId}/messages").Any(m => m.Content!.Contains("1/2", StringComparison.Ordinal) && m.Json!["components"] is not null),
            "the first question, with its buttons, in the thread");

        var transcript = new List<string>();
        for (var turn = 0; turn < 8 && !transcript.Any(t => t.Contains("**Summary**", StringComparison.Ordinal)); turn++)
        {
            var asked = bot.Discord.Rest.LatestQuestion()!;
            var answer = InteractionPayloads.AnswerModal("Scaling by the square root of d_k keeps the variance of the dot products at one, so softmax does not saturate and gradients do not vanish.", asked, threadId);
            await bot.SendInteractionAsync(answer);
            var token = (string)answer["token"]!;
            List<RecordedRequest> Replies() => bot.Discord.Rest.Requests.Where(r => r.Status < 400 && r.Path.Contains($"/webhooks/{FakeDiscord.ApplicationId}/{token}", StringComparison.Ordinal)).ToList();

            // A turn ends with the next prompt (its buttons name it) or the summary.
            await Eventually.TrueAsync(() => bot.Discord.Rest.LatestQuestion() != asked || Replies().Any(r => r.Text.Contains("**Summary**", StringComparison.Ordinal)), "the next question or the summary");
            transcript.AddRange(Replies().Select(r => r.Text));
        }

        Assert.True(transcript.Any(t => t.Contains("/10", StringComparison.Ordinal)), string.Join("\n---\n", transcript));
        Assert.Contains(transcript, t => t.Contains("**Summary**", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Discord.Token, bot.Logs.All, StringComparison.Ordinal);
    }
}
