using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Host.Tests.Chat;
using TutorBot.Testing;
using TutorBot.Testing.Fakes.OpenAi;

namespace TutorBot.Host.Tests.Llm;

/// <summary>`chat --llm-provider openai --llm-endpoint URL`: the judge, follow-ups and answers come from an
/// OpenAI-compatible server (here a local fake), through its failures.</summary>
public sealed class ChatWithModelServerTests : IDisposable
{
    private const string ApiKey = "sk-host-test-0c9b8a7f6e5d4c3b2a1908f7e6d5c4b3";
    private const string JudgeFeedback = "Judged by the model server.";
    private const string FollowupText = "Which part of the attention computation could several heads share?";
    private const string AnswerText = "The server's grounded answer about the KV cache.";
    private readonly TempDirectory _directory = new();
    private readonly QuestionBank _bank = BankLoader.LoadOrThrow(RepoPaths.QuestionBank);

    [Fact]
    public async Task AnInterviewIsJudgedAndFollowedUpByTheServerThroughA429AndA500WithOneReplyEach()
    {
        await using var server = new FakeChatCompletionsServer(Respond);
        server.Fail(FakeFailure.RateLimited(retryAfterSeconds: 1), FakeFailure.ServerError());

        var (exitCode, replies, stderr) = await InterviewAsync(server.BaseUrl);

        Assert.True(exitCode == 0, stderr);
        var judged = server.Requests.Where(r => r.HasResponseFormat).ToList();
        Assert.True(judged.Count >= 3, $"{judged.Count} judge requests");
        var feedback = Of(replies, "feedback");
        var answers = Of(replies, "question").Count;
        Assert.Equal(answers, feedback.Count);
        Assert.All(feedback, f => Assert.Contains(JudgeFeedback, f.GetProperty("text").GetString()));
        Assert.Contains(Of(replies, "question"), q => q.GetProperty("is_followup").GetBoolean() && q.GetProperty("text").GetString()!.Contains(FollowupText));
        Assert.Contains(AnswerText, Of(replies, "answer").Single().GetProperty("text").GetString());
        Assert.Contains("answered 429; retry 1", stderr);
        Assert.Contains("answered 500; retry 2", stderr);
        Assert.All(server.Requests, r => Assert.Equal("Bearer " + ApiKey, r.Headers["authorization"]));
        Assert.DoesNotContain(ApiKey, stderr);
        Assert.DoesNotContain(ApiKey, string.Join('\n', replies));
    }

    [Fact]
    public async Task WhenTheServerIsDownTheInterviewRunsOnThePlainPathWithAWarning()
    {
        var (exitCode, replies, stderr) = await InterviewAsync($"http://127.0.0.1:{UnusedPort()}/v1");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(Of(replies, "question").Count, Of(replies, "feedback").Count);
        Assert.Single(Of(replies, "summary"));
        Assert.Contains("the model server could not be reached", stderr);
        Assert.Contains("the plain path answers", stderr);
        Assert.DoesNotContain("   at ", stderr.Split('\n').Where(l => !l.StartsWith("   at System.", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(new[] { "--llm-provider", "gpt" }, "", "error: Argument 'gpt' not recognized. Must be one of: 'llamasharp' 'openai'")]
    [InlineData(new string[0], "bogus", "error: invalid configuration: DataAnnotation validation failed for 'LlmOptions' members: 'Provider' with the error: 'Llm:Provider 'bogus' must be one of: llamasharp, openai'.")]
    [InlineData(new[] { "--llm-provider", "openai" }, "", "error: invalid configuration: DataAnnotation validation failed for 'LlmOptions' members: 'Endpoint' with the error: 'Llm:Endpoint '' must be the server's http(s) base URL, e.g. http://127.0.0.1:8000/v1'.")]
    [InlineData(new[] { "--llm-provider", "openai", "--llm-endpoint", "localhost:8000" }, "", "error: invalid configuration: DataAnnotation validation failed for 'LlmOptions' members: 'Endpoint' with the error: 'Llm:Endpoint 'localhost:8000' must be the server's http(s) base URL, e.g. http://127.0.0.1:8000/v1'.")]
    public async Task ABadProviderOrEndpointIsOneLineOfError(string[] options, string providerVariable, string expected)
    {
        var environment = providerVariable.Length == 0 ? null : new Dictionary<string, string> { ["TUTORBOT__Llm__Provider"] = providerVariable };

        var result = await CliRunner.RunAsync(["chat", "--db", _directory.File("bad.db"), .. options], stdin: "/quit\n", environment: environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith(expected, result.StdErr.Trim());
        Assert.Single(result.StdErr.Trim().Split('\n'));
    }

    private static string Respond(FakeChatRequest request) =>
        request.HasResponseFormat
            ? JsonSerializer.Serialize(new { score = 5, covered = Array.Empty<string>(), missing = Array.Empty<string>(), removed = Array.Empty<object>(), feedback = JudgeFeedback })
            : request.Prompt.Contains("senior interviewer", StringComparison.Ordinal) ? FollowupText
            : request.Prompt.Contains("standalone question", StringComparison.Ordinal) ? "What is the KV cache and why does GQA shrink it?"
            : AnswerText;

    /// <summary>Two questions, each answered weakly; a follow-up where one is asked; then a question to the bot.</summary>
    private async Task<(int ExitCode, List<JsonElement> Replies, string StdErr)> InterviewAsync(string endpoint)
    {
        using var chat = ChatSession.Start(
            _directory.File("chat.db"),
            "pat",
            ["--llm-provider", "openai", "--llm-endpoint", endpoint],
            new Dictionary<string, string>
            {
                ["TUTORBOT__Llm__ApiKey"] = ApiKey,
                ["TUTORBOT__Llm__MaxRetries"] = "2",
                ["TUTORBOT__Llm__RetryBaseDelay"] = "00:00:00.050",
            });
        var replies = new List<JsonElement>();
        await chat.SendAsync("/interview transformer medium 2 en");
        replies.AddRange(await chat.ReadUntilAsync("question"));
        while (replies[^1].GetProperty("type").GetString() == "question")
        {
            var entry = _bank.Find(replies[^1].GetProperty("entry_id").GetString()!)!;
            await chat.SendAsync(WeakAnswer(entry));
            replies.AddRange(await chat.ReadUntilAsync("question", "summary"));
        }

        await chat.SendAsync("What is the KV cache and why does GQA shrink it?");
        replies.AddRange(await chat.ReadUntilAsync("answer"));
        var exitCode = await chat.QuitAsync();
        return (exitCode, replies, await chat.ReadStdErrAsync());
    }

    /// <summary>The first key point's words and nothing else: some credit, the rest missed.</summary>
    private static string WeakAnswer(BankEntry entry) => entry.KeyPoints[0].Text.En;

    private static List<JsonElement> Of(List<JsonElement> replies, string type) =>
        replies.Where(r => r.GetProperty("type").GetString() == type).ToList();

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _directory.Dispose();
}
