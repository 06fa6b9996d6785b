using System.Diagnostics;
using System.Text.Json;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Host.Tests.Llm;

/// <summary>`chat --model`: the judge, follow-ups and grounded answers run through a generated model (its words are
/// gibberish: random weights) and the judge can move a score only within its bound around the deterministic grade.</summary>
public sealed class ChatWithModelTests : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _directory = new();
    private readonly QuestionBank _bank = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    [Fact]
    public async Task AnInterviewRunsEndToEndWithTheModelAndScoresStayWithinTheJudgesBound()
    {
        // The tiny vocabulary spends about one token per character, so the grounded ask prompt needs a long context;
        // at 2048 tokens it filled the context and left room for one token, sometimes only whitespace.
        var model = TinyLlamaGguf.Write(_directory.File("tiny.gguf"), new TinyLlamaSpec { TrainingContext = 8192 });

        var plain = await InterviewAsync(_directory.File("plain.db"), model: null);
        var withModel = await InterviewAsync(_directory.File("model.db"), model);

        Assert.Equal(plain.ExitCode, withModel.ExitCode);
        Assert.Equal(0, withModel.ExitCode);
        var feedback = Of(withModel.Replies, "feedback");
        var plainFeedback = Of(plain.Replies, "feedback");
        Assert.Equal(plainFeedback.Select(EntryId), feedback.Select(EntryId));
        Assert.Contains(Of(withModel.Replies, "question"), q => q.GetProperty("is_followup").GetBoolean());
        var bound = new GradingOptions().JudgeMaxShift;
        foreach (var (judged, deterministic) in feedback.Zip(plainFeedback))
        {
            var score = judged.GetProperty("score").GetDouble();
            Assert.InRange(score, 0, 10);
            Assert.InRange(score, deterministic.GetProperty("score").GetDouble() - bound, deterministic.GetProperty("score").GetDouble() + bound);
        }

        Assert.True(feedback[0].GetProperty("score").GetDouble() <= bound + 3, feedback[0].ToString());
        Assert.True(feedback[^1].GetProperty("score").GetDouble() >= 7 - bound, feedback[^1].ToString());
        Assert.Equal("summary", Of(withModel.Replies, "summary").Single().GetProperty("type").GetString());
        var answer = Of(withModel.Replies, "answer").Single();
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("text").GetString()));
        Assert.NotEqual(Of(plain.Replies, "answer").Single().GetProperty("text").GetString(), answer.GetProperty("text").GetString());
    }

    /// <summary>Two questions: the first and its follow-up answered weakly, the second with its reference answer; then a question to the bot.</summary>
    private async Task<(int ExitCode, List<JsonElement> Replies)> InterviewAsync(string database, string? model)
    {
        string[] args = model is null
            ? ["chat", "--jsonl", "--user", "pat", "--db", database]
            : ["chat", "--jsonl", "--user", "pat", "--db", database, "--model", model];
        // A fixed seed: with a new one per request, the random weights now and then answer with nothing but an end
        // token, and the plain answer stands in for the model's.
        using var process = CliRunner.Start(args, environment: new Dictionary<string, string> { ["TUTORBOT__Llm__Seed"] = "7" });
        var replies = new List<JsonElement>();
        // One difficulty: the judge may move the first score, the level with it, and the second question is picked
        // after that answer; within one topic and difficulty the level does not change which entry comes next.
        await SendAsync(process, "/interview transformer medium 2 en");
        replies.AddRange(await ReadUntilAsync(process, "question"));
        while (replies[^1].GetProperty("type").GetString() == "question")
        {
            var question = replies[^1];
            var entry = _bank.Find(EntryId(question))!;
            await SendAsync(process, question.GetProperty("question_number").GetInt32() == 1 ? "I don't know" : entry.Answer.En.ReplaceLineEndings(" "));
            replies.AddRange(await ReadUntilAsync(process, "question", "summary"));
        }

        await SendAsync(process, "What is the KV cache and why does GQA shrink it?");
        replies.AddRange(await ReadUntilAsync(process, "answer"));
        await SendAsync(process, "/quit");
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, replies);
    }

    private static async Task SendAsync(Process process, string line)
    {
        await process.StandardInput.WriteLineAsync(line);
        await process.StandardInput.FlushAsync();
    }

    private static async Task<List<JsonElement>> ReadUntilAsync(Process process, params string[] types)
    {
        var replies = new List<JsonElement>();
        do
        {
            using var timeout = new CancellationTokenSource(ReplyTimeout);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("tutorbot chat exited: " + await process.StandardError.ReadToEndAsync());
            replies.Add(JsonDocument.Parse(line).RootElement.Clone());
        }
        while (!types.Contains(replies[^1].GetProperty("type").GetString()));
        return replies;
    }

    private static List<JsonElement> Of(List<JsonElement> replies, string type) =>
        replies.Where(r => r.GetProperty("type").GetString() == type).ToList();

    private static string EntryId(JsonElement reply) => reply.GetProperty("entry_id").GetString()!;

    public void Dispose() => _directory.Dispose();
}
