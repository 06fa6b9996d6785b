using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Llm.Hosting;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>
/// One generated tiny model per test class, loaded once in a host with four sequences of 512 tokens, with a
/// prompts directory holding a "rate" prompt, a "hello" prompt and a "rating" grammar.
/// </summary>
public sealed class TinyModelFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public TinyModelFixture()
    {
        ModelPath = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));
        _directory.Write("rate.txt", """
            <message role="system">Rate the answer from 0 to 9.</message>
            <message role="user">Question: {{$question}}
            Answer: {{$answer}}</message>
            """);
        _directory.Write("hello.txt", "Say hello.");
        _directory.Write(Path.Combine("grammars", "rating.gbnf"), "root ::= \"{\\\"rating\\\": \" [0-9] \"}\"\n");
        Host = LlmTestHost.ForModel(ModelPath, ("Bank:PromptsPath", _directory.Path));
    }

    public string ModelPath { get; }

    public string Directory => _directory.Path;

    public IHost Host { get; }

    public LoadedModel Model => Host.Services.GetRequiredService<ModelHost>().State.Model
                                ?? throw new InvalidOperationException(Host.Services.GetRequiredService<ModelHost>().State.UnavailableReason);

    public async Task InitializeAsync() => await Host.StartAsync();

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        await ((IAsyncDisposable)Host).DisposeAsync();
        _directory.Dispose();
    }
}
