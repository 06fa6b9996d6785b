using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Model;
using TutorBot.Llm.Chat;
using TutorBot.Llm.Generation;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Generation;

public sealed class BatchedGenerationTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    private const string JsonGrammar = """
        root ::= "{" ws "\"score\":" ws [0-9] ws "," ws "\"verdict\":" ws verdict ws "}"
        verdict ::= "\"covered\"" | "\"missed\""
        ws ::= [ ]?
        """;

    private IChatClient Chat => fixture.Host.Services.GetRequiredService<IChatClient>();

    private static ChatMessage[] Question(string text) => [new(ChatRole.System, "You are an interview tutor."), new(ChatRole.User, text)];

    [Fact]
    public async Task TheSameSeedGivesTheSameText()
    {
        var options = new ChatOptions { Seed = 7, MaxOutputTokens = 24, Temperature = 0.9f };

        var first = await Chat.GetResponseAsync(Question("What is the KV cache?"), options);
        var second = await Chat.GetResponseAsync(Question("What is the KV cache?"), options);
        var other = await Chat.GetResponseAsync(Question("What is the KV cache?"), new ChatOptions { Seed = 8, MaxOutputTokens = 24, Temperature = 0.9f });

        Assert.False(string.IsNullOrEmpty(first.Text));
        Assert.Equal(first.Text, second.Text);
        Assert.NotEqual(first.Text, other.Text);
    }

    [Fact]
    public async Task AGrammarConstrainedReplyIsJsonThatParses()
    {
        var options = new ChatOptions { Seed = 3, MaxOutputTokens = 48, AdditionalProperties = new() { [LlamaChatOptions.Grammar] = JsonGrammar } };

        var response = await Chat.GetResponseAsync(Question("Grade this answer."), options);

        using var json = JsonDocument.Parse(response.Text);
        Assert.InRange(json.RootElement.GetProperty("score").GetInt32(), 0, 9);
        Assert.Contains(json.RootElement.GetProperty("verdict").GetString(), new[] { "covered", "missed" });
    }

    [Fact]
    public async Task AnInvalidGrammarIsRefusedAndTheModelKeepsWorking()
    {
        var options = new ChatOptions { MaxOutputTokens = 4, AdditionalProperties = new() { [LlamaChatOptions.Grammar] = "root ::= undefined-rule" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Chat.GetResponseAsync(Question("hi"), options));

        Assert.Contains("undefined rule 'undefined-rule'", error.Message);
        Assert.NotNull((await Chat.GetResponseAsync(Question("hi"), new ChatOptions { MaxOutputTokens = 4 })).Text);
    }

    [Fact]
    public async Task FourConversationsAtOnceEachGetTheirOwnReply()
    {
        var scheduler = fixture.Model.Scheduler;
        var prompts = Enumerable.Range(0, 4).Select(i => fixture.Model.Formatter.Format([new("user", $"Question number {i} about attention")])).ToList();
        Task<GenerationResult[]> AllAtOnce() => Task.WhenAll(prompts.Select((prompt, i) =>
            scheduler.GenerateAsync(new GenerationRequest(prompt, 16) { Seed = 11, Temperature = 0, IgnoreEndOfTurn = true, UserKey = $"user{i}" })));

        var first = await AllAtOnce();
        var again = await AllAtOnce();

        Assert.All(first, r => Assert.Equal(16, r.GeneratedTokens));
        Assert.Equal(4, first.Select(r => r.Text).Distinct().Count());
        Assert.Equal(first.Select(r => r.Text), again.Select(r => r.Text));
    }

    [Fact]
    public async Task RequestsArrivingTogetherWithOneSystemPromptReplyAsIfEachRanAlone()
    {
        var scheduler = fixture.Model.Scheduler;
        var requests = Enumerable.Range(0, 4)
            .Select(i => new GenerationRequest(
                fixture.Model.Formatter.Format([new("system", "You are an interview tutor for LLM systems."), new("user", $"Question {i}: what is paged attention?")]),
                12) { Seed = 21, Temperature = 0, IgnoreEndOfTurn = true, UserKey = $"user{i}" })
            .ToList();

        var together = await Task.WhenAll(requests.Select(r => scheduler.GenerateAsync(r)));
        var alone = new List<string>();
        foreach (var request in requests)
        {
            alone.Add((await scheduler.GenerateAsync(request)).Text);
        }

        Assert.Equal(alone, together.Select(r => r.Text));
        Assert.All(together, r => Assert.Equal(12, r.GeneratedTokens));
    }

    [Fact]
    public async Task StreamingYieldsTheSameTextAsTheWholeReply()
    {
        var options = new ChatOptions { Seed = 5, MaxOutputTokens = 20 };

        var whole = await Chat.GetResponseAsync(Question("Explain RoPE."), options);
        var pieces = new List<string>();
        await foreach (var update in Chat.GetStreamingResponseAsync(Question("Explain RoPE."), options))
        {
            pieces.Add(update.Text);
        }

        Assert.Equal(whole.Text, string.Concat(pieces));
    }

    [Fact]
    public async Task ACancelledRequestEndsAndOthersCarryOn()
    {
        var scheduler = fixture.Model.Scheduler;
        var prompt = fixture.Model.Formatter.Format([new("user", "Talk for a long time.")]);
        using var cancellation = new CancellationTokenSource();

        var cancelled = scheduler.GenerateAsync(new GenerationRequest(prompt, 100_000) { IgnoreEndOfTurn = true }, cancellation.Token);
        var other = scheduler.GenerateAsync(new GenerationRequest(prompt, 8) { IgnoreEndOfTurn = true });
        await other;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(8, (await scheduler.GenerateAsync(new GenerationRequest(prompt, 8) { IgnoreEndOfTurn = true })).GeneratedTokens);
    }

    [Fact]
    public async Task AGenerationThatFillsItsContextStopsThere()
    {
        var scheduler = fixture.Model.Scheduler;
        var prompt = fixture.Model.Formatter.Format([new("user", "Go on.")]);

        var result = await scheduler.GenerateAsync(new GenerationRequest(prompt, 100_000) { IgnoreEndOfTurn = true });

        Assert.Equal(FinishReason.ContextFull, result.FinishReason);
        Assert.Equal(scheduler.Settings.ContextSize, result.PromptTokens + result.GeneratedTokens);
    }

    [Fact]
    public async Task AConversationLongerThanTheContextIsTrimmedToItsSystemPromptAndLatestTurns()
    {
        var history = new List<ChatMessage> { new(ChatRole.System, "SYSTEM PROMPT") };
        for (var i = 0; i < 40; i++)
        {
            history.Add(new ChatMessage(ChatRole.User, $"old question {i} " + string.Join(' ', Enumerable.Repeat("attention", 20))));
            history.Add(new ChatMessage(ChatRole.Assistant, $"old answer {i}"));
        }

        history.Add(new ChatMessage(ChatRole.User, "latest question"));

        var response = await Chat.GetResponseAsync(history, new ChatOptions { Seed = 1, MaxOutputTokens = 8 });

        Assert.NotNull(response.Usage);
        Assert.InRange(response.Usage.InputTokenCount!.Value, 1, fixture.Model.Scheduler.Settings.ContextSize - 8);
    }

    [Fact]
    public async Task ASystemPromptLongerThanTheContextIsRefusedRatherThanCutFromItsStart()
    {
        var contextSize = fixture.Model.Scheduler.Settings.ContextSize;
        var system = new ChatMessage(ChatRole.System, string.Join(' ', Enumerable.Repeat("attention", contextSize)));

        var error = await Assert.ThrowsAsync<PromptTooLongException>(
            () => Chat.GetResponseAsync([system, new(ChatRole.User, "latest question")], new ChatOptions { MaxOutputTokens = 8 }));

        Assert.True(error.PromptTokens > error.Budget, error.Message);
        Assert.Equal(contextSize - 8 - 1, error.Budget);
    }

    [Fact]
    public async Task AStopSequenceEndsTheReplyJustBeforeIt()
    {
        var options = new ChatOptions { Seed = 9, MaxOutputTokens = 32, Temperature = 0.9f };
        var full = (await Chat.GetResponseAsync(Question("Name three GPUs."), options)).Text;
        var stop = full.Substring(full.Length / 2, 3);

        options.StopSequences = [stop];
        var stopped = await Chat.GetResponseAsync(Question("Name three GPUs."), options);

        Assert.Equal(ChatFinishReason.Stop, stopped.FinishReason);
        Assert.Equal(full[..full.IndexOf(stop, StringComparison.Ordinal)], stopped.Text);
    }

    [Fact]
    public async Task ARequestPastItsTimeoutEndsWithATimeoutError()
    {
        await using var host = await StartedModelHost.StartAsync(fixture.ModelPath, ("Llm:RequestTimeout", "00:00:00.050"), ("Llm:ContextSize", "2048"));
        var prompt = host.Model.Formatter.Format([new("user", "Keep going.")]);

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            host.Model.Scheduler.GenerateAsync(new GenerationRequest(prompt, 100_000) { IgnoreEndOfTurn = true }));

        Assert.Contains("Llm:RequestTimeout", error.Message);
    }

    [Fact]
    public async Task AFullQueueRefusesAtOnce()
    {
        await using var host = await StartedModelHost.StartAsync(fixture.ModelPath, ("Llm:Sequences", "1"), ("Llm:QueueCapacity", "1"), ("Llm:ContextSize", "4096"));
        var scheduler = host.Model.Scheduler;
        var prompt = host.Model.Formatter.Format([new("user", "hello")]);
        using var cancellation = new CancellationTokenSource();

        using var running = scheduler.Submit(new GenerationRequest(prompt, 100_000) { IgnoreEndOfTurn = true }, cancellation.Token);
        await running.Pieces.ReadAsync();
        using var waiting = scheduler.Submit(new GenerationRequest(prompt, 4), cancellation.Token);

        Assert.Throws<GenerationQueueFullException>(() => scheduler.Submit(new GenerationRequest(prompt, 4)));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.Completion);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.Completion);
    }
}
