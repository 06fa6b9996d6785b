using System.Text.Json.Nodes;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Discord.Tests;

/// <summary>
/// Buttons and the answer modal name the prompt they act on, so an old message or a double click cannot act on the
/// question shown since. Run on the real tutor over SQLite, and checked against what is stored.
/// </summary>
public sealed class StaleInteractionTests : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private BotHarness? _bot;

    private BotHarness Bot => _bot ?? throw new InvalidOperationException("Start the bot first.");

    private string Database => _directory.File("tutor.db");

    [Fact]
    public async Task AModalAnswerSubmittedAfterItsQuestionWasSkippedIsNotGradedAgainstTheNextQuestion()
    {
        var thread = await StartAsync(count: 3);
        await SkipAsync(thread, Bot.Discord.Rest.LatestQuestion()!);
        var question2 = Bot.Discord.Rest.LatestQuestion()!;
        Assert.Equal((2, 0), (question2.Question, question2.Attempt));

        var answerButton = InteractionPayloads.InterviewButton(CustomIds.Answer, question2, thread);
        await Bot.SendInteractionAsync(answerButton);
        await Eventually.TrueAsync(() => Bot.Callbacks(answerButton).Count == 1, "the answer modal");
        var modalId = (string)Bot.Callbacks(answerButton)[0].Json!["data"]!["custom_id"]!;
        Assert.Equal(CustomIds.For(CustomIds.AnswerModal, question2), modalId);

        await SkipAsync(thread, question2);
        Assert.Equal(3, Bot.Discord.Rest.LatestQuestion()!.Question);

        var late = InteractionPayloads.ModalSubmit("Scaling by the square root of d_k keeps softmax out of saturation.", thread, customId: modalId);
        await Bot.SendInteractionAsync(late);
        var notice = await EphemeralFollowupAsync(late);

        Assert.Contains("moved on", notice, StringComparison.Ordinal);
        Assert.Single(Bot.Discord.Rest.Where("DELETE", (string)late["token"]! + "/messages/@original"));
        Assert.Equal(0L, StoredRows.Scalar(Database, "SELECT count(*) FROM answers;"));
        Assert.Equal(2L, StoredRows.Scalar(Database, "SELECT current_index FROM interviews;"));
        Assert.Equal("open", StoredRows.Scalar(Database, "SELECT status FROM interview_questions WHERE position = 3;"));
    }

    [Fact]
    public async Task TwoQuickSkipClicksOnTheSameMessageSkipOneQuestionOnly()
    {
        var thread = await StartAsync(count: 3);
        var question1 = Bot.Discord.Rest.LatestQuestion()!;
        var first = InteractionPayloads.InterviewButton(CustomIds.Skip, question1, thread);
        var second = InteractionPayloads.InterviewButton(CustomIds.Skip, question1, thread);

        await Bot.SendInteractionAsync(first);
        await Bot.SendInteractionAsync(second);
        await Bot.EditedOriginalAsync(first);
        var notice = await EphemeralFollowupAsync(second);

        Assert.Contains("moved on", notice, StringComparison.Ordinal);
        Assert.Equal(1L, StoredRows.Scalar(Database, "SELECT current_index FROM interviews;"));
        Assert.Equal(1L, StoredRows.Scalar(Database, "SELECT count(*) FROM interview_questions WHERE status = 'skipped';"));
        Assert.Equal(2, Bot.Discord.Rest.LatestQuestion()!.Question);
    }

    [Fact]
    public async Task AnswerOnAQuestionThatHasMovedOnOpensNoModalAndSaysSoToTheUserAlone()
    {
        var thread = await StartAsync(count: 2);
        var question1 = Bot.Discord.Rest.LatestQuestion()!;
        await SkipAsync(thread, question1);

        var stale = InteractionPayloads.InterviewButton(CustomIds.Answer, question1, thread);
        await Bot.SendInteractionAsync(stale);
        await Eventually.TrueAsync(() => Bot.Callbacks(stale).Count == 1, "the notice");

        var notice = Bot.Callbacks(stale)[0].Json!;
        Assert.Equal(4, (int)notice["type"]!);
        Assert.Equal(64, (int)notice["data"]!["flags"]!);
        Assert.Contains("moved on", (string)notice["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(1L, StoredRows.Scalar(Database, "SELECT current_index FROM interviews;"));
    }

    [Theory]
    [InlineData("/skip is what I would press, but: dividing by the square root of d_k keeps the dot products' variance at one.")]
    [InlineData("What is important is that the dot products' variance grows with d_k, so they are scaled by its square root.")]
    public async Task AModalAnswerIsGradedAsAnAnswerWhatEverItLooksLike(string text)
    {
        var thread = await StartAsync(count: 2);
        var question1 = Bot.Discord.Rest.LatestQuestion()!;

        var answer = InteractionPayloads.AnswerModal(text, question1, thread);
        await Bot.SendInteractionAsync(answer);

        Assert.Contains("/10", (await Bot.EditedOriginalAsync(answer)).Text, StringComparison.Ordinal);
        Assert.Equal(text, StoredRows.Scalar(Database, "SELECT text FROM answers WHERE position = 1 AND turn = 0;"));
        Assert.Equal(0L, StoredRows.Scalar(Database, "SELECT count(*) FROM interview_questions WHERE status = 'skipped';"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        _directory.Dispose();
    }

    private async Task<string> StartAsync(int count)
    {
        _bot = await BotHarness.StartAsync(composition: () => RealComposition.Builder(Database));
        return await Bot.StartInterviewAsync(count);
    }

    private async Task SkipAsync(string thread, QuestionRef question)
    {
        var skip = InteractionPayloads.InterviewButton(CustomIds.Skip, question, thread);
        await Bot.SendInteractionAsync(skip);
        await Bot.EditedOriginalAsync(skip);
        await Eventually.TrueAsync(() => Bot.Discord.Rest.LatestQuestion() != question, "the next question");
    }

    /// <summary>The text of the follow-up only the user sees, sent in place of the interaction's deleted response.</summary>
    private async Task<string> EphemeralFollowupAsync(JsonObject interaction)
    {
        var path = $"/webhooks/{FakeDiscord.ApplicationId}/{(string)interaction["token"]!}";
        RecordedRequest? followup = null;
        await Eventually.TrueAsync(() => (followup = Bot.Discord.Rest.Where("POST", path).FirstOrDefault()) is not null, "the ephemeral follow-up");
        Assert.Equal(64, (int)followup!.Json!["flags"]!);
        Assert.Empty(Bot.Discord.Rest.Where("PATCH", (string)interaction["token"]! + "/messages/@original"));
        return followup.Content!;
    }
}
