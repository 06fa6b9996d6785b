using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Llm.Hosting;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>One generated tiny model per test class, loaded once in a host with four sequences of 512 tokens.</summary>
public sealed class TinyModelFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public TinyModelFixture()
    {
        ModelPath = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));
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
