using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>
/// Timed mode and the interviewer's follow-up prompts through the fake gateway and the real composition (shipped bank,
/// rubric grader, fresh SQLite file): every prompt keeps its buttons, and pressing them acts on that prompt.
/// </summary>
public sealed class AdaptiveInterviewButtonTests : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private BotHarness? _bot;

    private BotHarness Bot => _bot!;

    [Fact]
    public async Task ATimedInterviewShowsTheTimeLeftAsARelativeTimestamp()
    {
        var before = DateTimeOffset.UtcNow;

        var (_, question) = await StartAsync(new JsonObject { ["topic"] = "transformer", ["count"] = 1, ["language"] = "en", ["minutes"] = 5 });

        var stamp = Regex.Match(question.Content!, @"<t:(\d+):R>");
        Assert.True(stamp.Success, question.Content);
        var deadline = long.Parse(stamp.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(deadline, before.AddMinutes(5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
        Assert.StartsWith("**Question 1/1 [transformer]:**\n", question.Content);
        Assert.NotNull(question.Json!["components"]);
    }

    [Theory]
    [InlineData("scaffold", "Scaffold on question 1/1", "Hint for the follow-up")]
    [InlineData("probe", "Probe on question 1/1", "Hint for the follow-up")]
    [InlineData("stretch", "Stretch on question 1/1", "follow-up")]
    public async Task EachFollowupPromptKeepsItsButtonsWorking(string kind, string header, string hintReply)
    {
        var (thread, question) = await StartAsync(new JsonObject { ["topic"] = "transformer", ["count"] = 1, ["language"] = "en" });
        var entry = EntryAskedIn(question.Content!);

        var replies = await SubmitAsync(thread, await AnswerFor(kind, entry));
        var prompt = replies.Single(r => r.AskedQuestion is not null);

        Assert.Contains(header, prompt.Content);
        // The follow-up is a new attempt at question 1: its buttons name it, and not the question's first prompt.
        var followup = Bot.Discord.Rest.LatestQuestion()!;
        Assert.Equal((1, 1), (followup.Question, followup.Attempt));
        var named = $"{followup.InterviewId:N}:1:1";
        Assert.Equal([$"tutor:answer:{named}", $"tutor:hint:{named}", $"tutor:skip:{named}", $"tutor:end:{named}"], prompt.Json!["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!));

        var hint = InteractionPayloads.InterviewButton(CustomIds.Hint, followup, thread);
        await Bot.SendInteractionAsync(hint);
        Assert.Contains(hintReply, (await Bot.EditedOriginalAsync(hint)).Content);

        var answer = InteractionPayloads.InterviewButton(CustomIds.Answer, followup, thread);
        await Bot.SendInteractionAsync(answer);
        await Eventually.TrueAsync(() => Bot.Callbacks(answer).Count == 1, "the answer modal");
        Assert.Equal(9, (int)Bot.Callbacks(answer)[0].Json!["type"]!);

        // The follow-up's answer is graded as such, and this one-question interview ends.
        var after = await SubmitAsync(thread, "I am not sure, something about the gradients.");
        Assert.Contains("/10", after[0].Text);
        Assert.Contains(after, r => r.Content?.Contains("**Summary**", StringComparison.Ordinal) == true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        _directory.Dispose();
    }

    private async Task<(string Thread, RecordedRequest Question)> StartAsync(JsonObject options)
    {
        _bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(_directory.File("tutor.db")));
        var start = InteractionPayloads.SlashCommand("interview", options, subcommand: "start");
        await Bot.SendInteractionAsync(start);
        var thread = Regex.Match((await Bot.EditedOriginalAsync(start)).Content!, @"<#(\d+)>").Groups[1].Value;
        RecordedRequest? question = null;
        await Eventually.TrueAsync(
            () => (question = Bot.Discord.Rest.Where("POST", $"/channels/{thread}/messages").FirstOrDefault(m => m.Json?["components"] is not null)) is not null,
            "the first question in the thread");
        return (thread, question!);
    }

    /// <summary>Submits an answer through the modal and returns the replies once the next prompt (with buttons) or the summary is out.</summary>
    private async Task<List<RecordedRequest>> SubmitAsync(string thread, string text)
    {
        var submit = InteractionPayloads.AnswerModal(text, Bot.Discord.Rest.LatestQuestion()!, thread);
        await Bot.SendInteractionAsync(submit);
        await Eventually.TrueAsync(
            () => RepliesTo(submit).Any(r => r.AskedQuestion is not null || r.Content?.Contains("**Summary**", StringComparison.Ordinal) == true),
            "the next prompt or the summary",
            TimeSpan.FromSeconds(30));
        return RepliesTo(submit);
    }

    private List<RecordedRequest> RepliesTo(JsonObject interaction) =>
        Bot.Discord.Rest.Requests
            .Where(r => r.Status < 400 && r.Path.Contains($"/webhooks/{FakeDiscord.ApplicationId}/{(string)interaction["token"]!}", StringComparison.Ordinal))
            .ToList();

    private BankEntry EntryAskedIn(string content) =>
        Bot.Host.Services.GetRequiredService<QuestionBank>().Entries.Single(e => content.Contains(e.Question.En.Trim(), StringComparison.Ordinal));

    /// <summary>A blank answer, the reference answer, or the first key points the grader scores as partial.</summary>
    private async Task<string> AnswerFor(string kind, BankEntry entry)
    {
        if (kind == "scaffold")
        {
            return "I don't know";
        }

        if (kind == "stretch")
        {
            return entry.Answer.En.ReplaceLineEndings(" ");
        }

        var grader = Bot.Host.Services.GetRequiredService<IAnswerGrader>();
        for (var count = 1; count < entry.KeyPoints.Count; count++)
        {
            var text = string.Join("; ", entry.KeyPoints.Take(count).Select(k => k.Text.En));
            var grade = await grader.GradeAsync(new GradeRequest(entry, entry.Question.En, entry.Answer.En, text, Language.En));
            if (grade.Score is >= 2 and < 8)
            {
                return text;
            }
        }

        throw new InvalidOperationException($"no partial answer to {entry.Id}");
    }
}
