using System.Collections.Concurrent;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Remembers interaction and message ids for longer than an interaction token lives (15 minutes), so an event that
/// a resume replays is handled once.
/// </summary>
public sealed class EventDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(20);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new();
    private DateTimeOffset _nextSweep;

    /// <summary>True the first time an id is seen.</summary>
    public bool FirstTime(string id)
    {
        var now = time.GetUtcNow();
        if (now >= _nextSweep)
        {
            _nextSweep = now + TimeSpan.FromMinutes(1);
            foreach (var (key, seenAt) in _seen)
            {
                if (now - seenAt > Memory)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        return _seen.TryAdd(id, now);
    }
}
