using System.Net;
using System.Net.Sockets;
using TutorBot.Llm.OpenAi;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Testing.Fakes.OpenAi;

namespace TutorBot.Llm.Tests.OpenAi;

/// <summary>The openai provider against a local server that follows the chat-completions API.</summary>
public sealed class OpenAiTutorModelTests
{
    private const string Verdict = """{"score": 6, "covered": ["shared-kv"], "missing": [], "removed": [], "feedback": "Names the sharing."}""";

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public async Task AReplyComesWholeWhetherStreamedOrNot(string stream)
    {
        await using var server = new FakeChatCompletionsServer(_ => "What do the query heads share when the KV cache shrinks?");
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl, ("Llm:Stream", stream));

        var text = await harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest());

        Assert.Equal("What do the query heads share when the KV cache shrinks?", text);
        var request = Assert.Single(server.Requests);
        Assert.Equal(bool.Parse(stream), request.Stream);
        Assert.Equal("tutor-test", request.Body.GetProperty("model").GetString());
        Assert.Contains("senior interviewer", request.Prompt);
    }

    [Fact]
    public async Task TheJudgeAsksForItsJsonSchemaAndSendsNoGrammarByDefault()
    {
        await using var server = new FakeChatCompletionsServer(_ => Verdict);
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl);

        Assert.Equal(Verdict, await harness.Model.CompleteAsync(OpenAiModelHarness.JudgeRequest()));

        var request = Assert.Single(server.Requests);
        var format = request.Body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var schema = format.GetProperty("json_schema").GetProperty("schema");
        Assert.Equal(["covered", "feedback", "missing", "removed", "score"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.False(request.HasGrammar);
    }

    [Fact]
    public async Task WithSendGrammarTheJudgeSendsTheGbnfGrammarInstead()
    {
        await using var server = new FakeChatCompletionsServer(_ => Verdict);
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl, ("Llm:SendGrammar", "true"));

        await harness.Model.CompleteAsync(OpenAiModelHarness.JudgeRequest());

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("# The grading judge's reply", request.Body.GetProperty("grammar").GetString());
        Assert.False(request.HasResponseFormat);
    }

    [Fact]
    public async Task A429ThenA500AreRetriedAndExactlyOneReplyComes()
    {
        await using var server = new FakeChatCompletionsServer(_ => "Which heads share keys?");
        server.Fail(FakeFailure.RateLimited(retryAfterSeconds: 1), FakeFailure.ServerError());
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl);

        var text = await harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest());

        Assert.Equal("Which heads share keys?", text);
        var requests = server.Requests;
        Assert.Equal(3, requests.Count);
        // Retry-After: 1 is honoured; the backoff after the 500 is only tens of milliseconds.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"{requests[1].ReceivedAt - requests[0].ReceivedAt}");
        Assert.Contains(harness.Logs.Lines, l => l.Contains("answered 429; retry 1 of 3 in 1000 ms", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.Lines, l => l.Contains("answered 500; retry 2 of 3", StringComparison.Ordinal));
        Assert.True(harness.Model.IsAvailable);
    }

    [Fact]
    public async Task AServerThatKeepsFailingIsLeftAloneAndItsOwnMessageIsReported()
    {
        await using var server = new FakeChatCompletionsServer(_ => "unused");
        server.Fail(FakeFailure.Unavailable(), FakeFailure.Unavailable(), FakeFailure.Unavailable());
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl, ("Llm:MaxRetries", "2"));

        var error = await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));

        Assert.Equal("the model server answered 503: The engine is currently overloaded", error.Message);
        Assert.Equal(3, server.Requests.Count);
        Assert.False(harness.Model.IsAvailable);
        await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task ARefusedRequestIsNotRetriedAndLeavesTheServerInUse()
    {
        await using var server = new FakeChatCompletionsServer(_ => "second try");
        server.Fail(new FakeFailure(400, "response_format is not supported", "invalid_request_error"));
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl);

        var error = await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.JudgeRequest()));

        Assert.Equal("the model server refused the request (400): response_format is not supported", error.Message);
        Assert.True(harness.Model.IsAvailable);
        Assert.Equal("second try", await harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AServerThatIsDownFailsWithAWarningAfterItsRetries()
    {
        var port = UnusedPort();
        await using var harness = OpenAiModelHarness.Start($"http://127.0.0.1:{port}/v1", ("Llm:MaxRetries", "1"));

        var error = await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));

        Assert.StartsWith("the model server could not be reached", error.Message);
        Assert.Contains(harness.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("the plain path answers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARequestTheServerNeverAnswersTimesOut()
    {
        await using var server = new FakeChatCompletionsServer(_ => "unused");
        server.Fail(FakeFailure.Silence());
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl, ("Llm:RequestTimeout", "00:00:00.500"));

        var error = await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));

        Assert.Equal("the model server did not answer within 0.5 s", error.Message);
    }

    [Fact]
    public async Task NoMoreThanMaxConcurrentRequestsAreInFlight()
    {
        await using var server = new FakeChatCompletionsServer(_ => "ok") { Latency = TimeSpan.FromMilliseconds(150) };
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl, ("Llm:MaxConcurrentRequests", "2"));

        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest())));

        Assert.All(replies, r => Assert.Equal("ok", r));
        Assert.Equal(6, server.Requests.Count);
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact]
    public async Task TheApiKeyIsSentToTheServerButNeverLoggedNorInAnError()
    {
        await using var server = new FakeChatCompletionsServer(_ => "fine");
        server.Fail(FakeFailure.RateLimited(0), FakeFailure.ServerError(), FakeFailure.ServerError(), FakeFailure.ServerError());
        await using var harness = OpenAiModelHarness.Start(server.BaseUrl);

        var error = await Assert.ThrowsAsync<ModelServerException>(() => harness.Model.CompleteAsync(OpenAiModelHarness.FollowupRequest()));

        Assert.All(server.Requests, r => Assert.Equal("Bearer " + OpenAiModelHarness.ApiKey, r.Headers["authorization"]));
        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(OpenAiModelHarness.ApiKey, harness.Logs.All);
        Assert.DoesNotContain(OpenAiModelHarness.ApiKey, error.ToString());
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
