using System.Collections.Concurrent;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Runs work for one conversation strictly in the order it was queued, so two answers in a thread are graded one
/// after the other; different conversations run in parallel.
/// </summary>
public sealed class ConversationQueue
{
    private readonly ConcurrentDictionary<string, Task> _tails = new();
    private readonly Lock _lock = new();

    public Task Enqueue(string conversation, Func<Task> work)
    {
        lock (_lock)
        {
            var previous = _tails.TryGetValue(conversation, out var tail) ? tail : Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            _tails[conversation] = next;
            _ = next.ContinueWith(_ => Forget(conversation, next), TaskScheduler.Default);
            return next;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await work();
    }

    private void Forget(string conversation, Task finished)
    {
        lock (_lock)
        {
            if (_tails.TryGetValue(conversation, out var tail) && tail == finished)
            {
                _tails.TryRemove(conversation, out _);
            }
        }
    }
}
