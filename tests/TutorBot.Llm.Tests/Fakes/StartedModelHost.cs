using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Llm.Hosting;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>A started host for one test that needs its own settings; disposing stops it.</summary>
public sealed class StartedModelHost : IAsyncDisposable
{
    private StartedModelHost(IHost host) => Host = host;

    public IHost Host { get; }

    public ModelState State => Host.Services.GetRequiredService<ModelHost>().State;

    public LoadedModel Model => State.Model ?? throw new InvalidOperationException(State.UnavailableReason);

    public static async Task<StartedModelHost> StartAsync(string modelPath, params (string Key, string Value)[] settings)
    {
        var host = LlmTestHost.ForModel(modelPath, settings);
        await host.StartAsync();
        return new StartedModelHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        await ((IAsyncDisposable)Host).DisposeAsync();
    }
}
