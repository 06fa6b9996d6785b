using System.Text.Json;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Chat;

public sealed class ChatTranscriptTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly QuestionBank _bank = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    [Fact]
    public async Task PipingAnInterviewPrintsAQuestionThenFeedbackAndExitsZero()
    {
        var result = await CliRunner.RunAsync(["chat", "--jsonl", "--db", _directory.File("t.db")], "/interview\nmy answer\n/quit\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        var types = Lines(result.StdOut).Select(r => r.GetProperty("type").GetString()).ToList();
        var question = types.IndexOf("question");
        Assert.True(question >= 0, result.ToString());
        Assert.True(types.IndexOf("feedback") > question, result.ToString());
    }

    [Theory]
    [InlineData("en", "I don't know", "Interview summary")]
    [InlineData("zh", "我不知道", "面试总结")]
    public async Task AWholeInterviewHasQuestionsScoredFeedbackWithPointsAScaffoldAndASummary(string language, string weakAnswer, string summaryTitle)
    {
        using var chat = ChatSession.Start(_directory.File("t.db"), "transcript-" + language);
        await chat.SendAsync($"/interview transformer 2 {language}");
        var transcript = await chat.ReadUntilAsync("question");

        // The first question and its follow-up get weak answers; the second question its reference answer.
        while (transcript[^1].GetProperty("type").GetString() == "question")
        {
            var question = transcript[^1];
            var entry = _bank.Find(question.GetProperty("entry_id").GetString()!)!;
            await chat.SendAsync(question.GetProperty("question_number").GetInt32() == 1
                ? weakAnswer
                : entry.Answer.For(language == "zh" ? Language.Zh : Language.En).ReplaceLineEndings(" "));
            transcript.AddRange(await chat.ReadUntilAsync("question", "summary"));
        }

        Assert.Equal(0, await chat.QuitAsync());
        var questions = transcript.Where(r => Type(r) == "question").ToList();
        var feedback = transcript.Where(r => Type(r) == "feedback").ToList();
        Assert.All(transcript, r => Assert.Equal(language, r.GetProperty("language").GetString()));
        Assert.Equal([1, 2], questions.Where(q => !q.GetProperty("is_followup").GetBoolean()).Select(q => q.GetProperty("question_number").GetInt32()));
        Assert.Contains(questions, q => q.GetProperty("is_followup").GetBoolean());
        Assert.True(feedback[0].GetProperty("score").GetDouble() < 3, feedback[0].ToString());
        Assert.NotEmpty(feedback[0].GetProperty("missed").EnumerateArray());
        Assert.NotEmpty(feedback.First(f => f.GetProperty("is_followup").GetBoolean()).GetProperty("missed").EnumerateArray());

        // "I don't know" draws a scaffold; the reference answer never does (a stretch at most).
        var followups = questions.Where(q => q.GetProperty("is_followup").GetBoolean()).ToList();
        Assert.Equal("scaffold", followups[0].GetProperty("followup_kind").GetString());
        Assert.All(
            followups.Where(q => q.GetProperty("question_number").GetInt32() == 2),
            q => Assert.Equal("stretch", q.GetProperty("followup_kind").GetString()));
        Assert.True(feedback[^1].GetProperty("score").GetDouble() >= 7, feedback[^1].ToString());
        var summary = transcript[^1];
        Assert.Equal("summary", Type(summary));
        Assert.Contains(summaryTitle, summary.GetProperty("text").GetString());
        Assert.Contains("transformer", summary.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ProgressAndReviewWorkInTheConsole()
    {
        var db = _directory.File("t.db");
        var result = await CliRunner.RunAsync(
            ["chat", "--jsonl", "--user", "pat", "--db", db],
            "/interview transformer 1\n/skip\n/progress\n/review\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        var progress = Lines(result.StdOut).Single(r => r.TryGetProperty("attachment_path", out _));
        Assert.True(File.Exists(progress.GetProperty("attachment_path").GetString()));
        Assert.Contains("Nothing is due for review", Lines(result.StdOut)[^1].GetProperty("text").GetString());
    }

    [Fact]
    public async Task ACorruptDatabaseFileGivesAClearErrorNamingItAndIsLeftUntouched()
    {
        var db = _directory.File("broken.db");
        var bytes = Enumerable.Range(0, 2048).Select(i => (byte)(i * 31 % 256)).ToArray();
        await File.WriteAllBytesAsync(db, bytes);

        var result = await CliRunner.RunAsync(["chat", "--db", db], "/help\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(db, result.StdErr);
        Assert.Contains("not an SQLite database", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(db));
    }

    public void Dispose() => _directory.Dispose();

    private static string? Type(JsonElement reply) => reply.GetProperty("type").GetString();

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
