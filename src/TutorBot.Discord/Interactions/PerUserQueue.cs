using System.Collections.Concurrent;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Runs one user's work strictly in the order it was queued, so two answers are graded one after the other; different
/// users run in parallel, so one user's reply held by a rate limit on their own route never delays anyone else's.
/// </summary>
public sealed class PerUserQueue
{
    private readonly ConcurrentDictionary<string, Task> _tails = new();
    private readonly Lock _lock = new();

    public Task Enqueue(string userId, Func<Task> work)
    {
        lock (_lock)
        {
            var previous = _tails.TryGetValue(userId, out var tail) ? tail : Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            _tails[userId] = next;
            _ = next.ContinueWith(_ => Forget(userId, next), TaskScheduler.Default);
            return next;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work();
    }

    private void Forget(string userId, Task finished)
    {
        lock (_lock)
        {
            if (_tails.TryGetValue(userId, out var tail) && tail == finished)
            {
                _tails.TryRemove(userId, out _);
            }
        }
    }
}
