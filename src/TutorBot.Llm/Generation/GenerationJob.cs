using System.Diagnostics;
using System.Threading.Channels;

namespace TutorBot.Llm.Generation;

/// <summary>A submitted request: its streamed text, its outcome, and the token that cancels it (caller or timeout).</summary>
public sealed class GenerationJob : IDisposable
{
    private readonly Channel<string> _pieces = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource<GenerationResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationToken _callerToken;
    private readonly TimeSpan _timeout;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _firstToken;

    internal GenerationJob(GenerationRequest request, TimeSpan timeout, CancellationToken callerToken)
    {
        Request = request;
        _timeout = timeout;
        _callerToken = callerToken;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        _cancellation.CancelAfter(timeout);
        Token = _cancellation.Token;
    }

    public GenerationRequest Request { get; }

    /// <summary>Text as it is generated; completes when the job ends (with the job's error, if any).</summary>
    public ChannelReader<string> Pieces => _pieces.Reader;

    public Task<GenerationResult> Completion => _completion.Task;

    internal CancellationToken Token { get; }

    internal bool IsFinished => _completion.Task.IsCompleted;

    internal void Write(string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        _firstToken ??= _clock.Elapsed;
        _pieces.Writer.TryWrite(piece);
    }

    internal void Succeed(string text, FinishReason reason, int promptTokens, int generatedTokens)
    {
        var result = new GenerationResult(text, reason, promptTokens, generatedTokens, _firstToken ?? _clock.Elapsed, _clock.Elapsed);
        _pieces.Writer.TryComplete();
        _completion.TrySetResult(result);
        _cancellation.Dispose();
    }

    internal void Fail(Exception error)
    {
        _pieces.Writer.TryComplete(error);
        _completion.TrySetException(error);
        _cancellation.Dispose();
    }

    /// <summary>Ends a cancelled job: OperationCanceledException for the caller's token, TimeoutException for the timeout.</summary>
    internal void Cancel()
    {
        if (_callerToken.IsCancellationRequested)
        {
            var cancelled = new OperationCanceledException(_callerToken);
            _pieces.Writer.TryComplete(cancelled);
            _completion.TrySetCanceled(_callerToken);
            _cancellation.Dispose();
            return;
        }

        Fail(new TimeoutException($"the model did not finish within Llm:RequestTimeout ({_timeout})"));
    }

    /// <summary>A caller that stops listening abandons the job: the scheduler ends it at its next step.</summary>
    public void Dispose()
    {
        if (IsFinished)
        {
            return;
        }

        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It finished meanwhile.
        }
    }
}
