namespace TutorBot.Discord.Rest;

/// <summary>Releases a route's gate once, however often it is disposed.</summary>
internal sealed class GateRelease(SemaphoreSlim gate) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            gate.Release();
        }
    }
}
