using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Llm.Grammars;

namespace TutorBot.Llm.Hosting;

/// <summary>
/// Owns the model for the application's lifetime. It loads at start-up (or on first use, for verbs that do not
/// start the host); start-up also checks every grammar file. Without a model, or when loading fails and Llm:Required is false, the bot runs without one
/// and says so once; with Llm:Required it refuses to start.
/// </summary>
public sealed class ModelHost(ModelLoader loader, GrammarCatalog grammars, IOptions<LlmOptions> options, ILogger<ModelHost> logger) : IHostedService, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ModelState? _state;

    /// <summary>The model, loading it on first use.</summary>
    public ModelState State => _state ?? GetStateAsync().GetAwaiter().GetResult();

    public async Task<ModelState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        if (_state is not null)
        {
            return _state;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _state ??= await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = grammars.All;
        var state = await GetStateAsync(cancellationToken).ConfigureAwait(false);
        if (!state.IsLoaded && options.Value.Required)
        {
            throw new ModelLoadException(state.UnavailableReason!);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<ModelState> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ModelPath))
        {
            var state = settings.Required
                ? new ModelState(null, "Llm:Required is true but no model is configured (Llm:ModelPath)")
                : ModelState.NotConfigured;
            logger.LogInformation("Running without a language model: {Reason}", state.UnavailableReason);
            return state;
        }

        try
        {
            return new ModelState(await loader.LoadAsync(settings, cancellationToken).ConfigureAwait(false), null);
        }
        catch (ModelLoadException e)
        {
            if (!settings.Required)
            {
                logger.LogWarning("Running without a language model: {Reason}", e.Message);
            }

            return new ModelState(null, e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state?.Model is { } model)
        {
            await model.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
