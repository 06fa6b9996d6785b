namespace TutorBot.Storage;

/// <summary>Runs a preparation step (checks and migrations) once it has succeeded; callers arriving meanwhile wait for it, and a failure lets the next caller try again.</summary>
public sealed class ReadyOnce
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public bool IsReady => _ready;

    public async Task EnsureAsync(Func<CancellationToken, Task> prepare, CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await prepare(cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
