using System.Runtime.CompilerServices;
using LLama;
using LLama.Batched;
using LLama.Native;
using LLama.Sampling;
using Microsoft.Extensions.Logging;

namespace TutorBot.Llm.Generation;

/// <summary>
/// Decodes many conversations in one batch per step over a single set of weights. Requests wait in a fair,
/// bounded queue until a sequence is free; each step samples every active conversation once, streams its text,
/// and ends it on an end-of-turn token, a stop sequence, its token limit, a full context, cancellation or timeout.
/// </summary>
public sealed class GenerationScheduler : IAsyncDisposable
{
    // A shorter common prefix (the BOS and a role marker) is not worth a decode step of its own.
    private const int MinimumSharedPrefix = 16;

    private readonly LLamaWeights _weights;
    private readonly Func<BatchedExecutor> _createExecutor;
    private readonly SchedulerSettings _settings;
    private readonly ILogger _logger;
    private readonly FairQueue<GenerationJob> _queue;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<ActiveGeneration> _active = [];
    private readonly Task _loop;
    private BatchedExecutor _executor;

    public GenerationScheduler(LLamaWeights weights, Func<BatchedExecutor> createExecutor, SchedulerSettings settings, ILogger logger)
    {
        _weights = weights;
        _createExecutor = createExecutor;
        _settings = settings;
        _logger = logger;
        _queue = new FairQueue<GenerationJob>(settings.QueueCapacity);
        _executor = createExecutor();
        _loop = Task.Run(RunAsync);
    }

    public SchedulerSettings Settings => _settings;

    public int CountTokens(string text) => _weights.Tokenize(text, true, true, System.Text.Encoding.UTF8).Length;

    /// <summary>Queues a request; the job streams its text and completes with the result.</summary>
    /// <exception cref="GenerationQueueFullException">Llm:QueueCapacity requests are already waiting.</exception>
    public GenerationJob Submit(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxTokens, 1);
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        var job = new GenerationJob(request, _settings.RequestTimeout, cancellationToken);
        if (!_queue.TryEnqueue(request.UserKey, job))
        {
            job.Dispose();
            throw new GenerationQueueFullException(_settings.QueueCapacity);
        }

        job.Token.Register(() => _wake.Release());
        _wake.Release();
        return job;
    }

    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        using var job = Submit(request, cancellationToken);
        return await job.Completion.ConfigureAwait(false);
    }

    public async IAsyncEnumerable<string> StreamAsync(GenerationRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var job = Submit(request, cancellationToken);
        await foreach (var piece in job.Pieces.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            yield return piece;
        }
    }

    private async Task RunAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await AdmitAsync(stopping).ConfigureAwait(false);
                if (_active.Count == 0)
                {
                    await _wake.WaitAsync(stopping).ConfigureAwait(false);
                    continue;
                }

                if (_active.Any(a => a.Conversation.RequiresInference))
                {
                    var result = await _executor.Infer(stopping).ConfigureAwait(false);
                    if (result != DecodeResult.Ok)
                    {
                        Reset(new InvalidOperationException($"llama.cpp could not decode the batch ({result})"));
                        continue;
                    }
                }

                SampleAll();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "The generation loop failed; active requests were ended");
                Reset(e);
            }
        }

        foreach (var active in _active)
        {
            active.Job.Fail(new ObjectDisposedException(nameof(GenerationScheduler), "the model was unloaded"));
            active.Dispose();
        }

        while (_queue.TryDequeue(out var job))
        {
            job.Fail(new ObjectDisposedException(nameof(GenerationScheduler), "the model was unloaded"));
        }
    }

    /// <summary>
    /// Starts waiting jobs while sequences are free. When several start together and nothing else is queued in the
    /// batch, their common prompt prefix is decoded once and forked into each sequence instead of once per job.
    /// </summary>
    private async Task AdmitAsync(CancellationToken stopping)
    {
        var admitted = new List<(GenerationJob Job, LLamaToken[] Tokens)>();
        while (_active.Count + admitted.Count < _settings.Sequences && _queue.TryDequeue(out var job))
        {
            if (job.Token.IsCancellationRequested)
            {
                job.Cancel();
                continue;
            }

            try
            {
                admitted.Add((job, Tokenize(job.Request.Prompt)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                job.Fail(e);
            }
        }

        if (admitted.Count == 0)
        {
            return;
        }

        Conversation? prefix = null;
        var shared = _active.Any(a => a.Conversation.RequiresInference) ? 0 : SharedPrefix.Length(admitted.ConvertAll(a => a.Tokens));
        try
        {
            if (shared >= MinimumSharedPrefix)
            {
                prefix = _executor.Create();
                prefix.Prompt(admitted[0].Tokens.AsSpan(0, shared));
                var result = await _executor.Infer(stopping).ConfigureAwait(false);
                if (result != DecodeResult.Ok)
                {
                    throw new InvalidOperationException($"llama.cpp could not decode the batch ({result})");
                }
            }

            for (var i = 0; i < admitted.Count; i++)
            {
                var (job, tokens) = admitted[i];
                var last = i == admitted.Count - 1;
                try
                {
                    // The last job continues the prefix's own sequence, so a burst never needs more than Sequences of them.
                    _active.Add(Start(job, tokens, () => prefix is null ? _executor.Create() : last ? Take(ref prefix) : prefix.Fork()));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    job.Fail(e);
                }
            }
        }
        catch (Exception e)
        {
            foreach (var (job, _) in admitted)
            {
                job.Fail(e);
            }

            throw;
        }
        finally
        {
            prefix?.Dispose();
        }
    }

    private LLamaToken[] Tokenize(string prompt)
    {
        var tokens = _executor.Context.Tokenize(prompt, addBos: true, special: true);
        var room = _settings.ContextSize - 1;

        // The chat layer trims whole turns first; this keeps the prompt's end if a caller sent too much.
        return tokens.Length > room ? tokens[^room..] : tokens;
    }

    private ActiveGeneration Start(GenerationJob job, LLamaToken[] tokens, Func<Conversation> conversationFor)
    {
        var sampler = new DefaultSamplingPipeline
        {
            Seed = job.Request.Seed ?? _settings.Seed ?? (uint)Random.Shared.Next(),
            Temperature = job.Request.Temperature ?? _settings.Temperature,
            Grammar = job.Request.Grammar is null ? null : new Grammar(job.Request.Grammar, "root"),
        };
        var conversation = conversationFor();

        // A conversation forked from the shared prefix already holds its first tokens.
        conversation.Prompt(tokens.AsSpan(conversation.TokenCount));
        return new ActiveGeneration(job, conversation, sampler, new StreamingTokenDecoder(_executor.Context), tokens.Length);
    }

    private static Conversation Take(ref Conversation? prefix)
    {
        var taken = prefix!;
        prefix = null;
        return taken;
    }

    private void SampleAll()
    {
        var vocabulary = _weights.Vocab;
        foreach (var active in _active.ToList())
        {
            var conversation = active.Conversation;
            if (!conversation.RequiresSampling)
            {
                continue;
            }

            // Ending a conversation only here, between sampling and the next prompt, leaves no token of it
            // queued in the batch (a queued token would corrupt the next conversation given its sequence).
            if (active.Job.Token.IsCancellationRequested)
            {
                End(active, job => job.Cancel());
                continue;
            }

            var token = conversation.Sample(active.Sampler);
            if (!active.Job.Request.IgnoreEndOfTurn && token.IsEndOfGeneration(vocabulary))
            {
                Finish(active, FinishReason.Stop);
                continue;
            }

            active.GeneratedTokens++;
            active.Decoder.Add(token);
            active.Job.Write(active.Filter.Append(active.Decoder.Read()));
            if (active.Filter.Stopped)
            {
                Finish(active, FinishReason.Stop);
            }
            else if (active.GeneratedTokens >= active.Job.Request.MaxTokens)
            {
                Finish(active, FinishReason.Length);
            }
            else if (conversation.TokenCount + 1 >= _settings.ContextSize)
            {
                Finish(active, FinishReason.ContextFull);
            }
            else
            {
                conversation.Prompt(token);
            }
        }
    }

    private void Finish(ActiveGeneration active, FinishReason reason)
    {
        active.Job.Write(active.Filter.Flush());
        End(active, job => job.Succeed(active.Filter.Text, reason, active.PromptTokens, active.GeneratedTokens));
    }

    private void End(ActiveGeneration active, Action<GenerationJob> complete)
    {
        _active.Remove(active);
        active.Dispose();
        complete(active.Job);
    }

    /// <summary>After a failed decode the batch may hold stale tokens: end every active job and start a fresh executor.</summary>
    private void Reset(Exception error)
    {
        foreach (var active in _active)
        {
            active.Job.Fail(error);
        }

        try
        {
            foreach (var active in _active)
            {
                active.Dispose();
            }

            _executor.Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning(e, "Releasing the failed batch did not complete cleanly");
        }

        _active.Clear();
        _executor = _createExecutor();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _executor.Dispose();
        _stopping.Dispose();
        _wake.Dispose();
    }
}
