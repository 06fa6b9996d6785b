using System.Collections.Concurrent;
using TutorBot.Core.Conversation;

namespace TutorBot.Core.Persistence;

/// <summary>Cooldowns of one process, for a front-end running without a store (its tests); the store's own are shared by every process.</summary>
public sealed class InMemoryRequestCooldowns : IRequestCooldowns
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _started = new();

    public Task<TimeSpan?> TryStartAsync(UserRef user, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken = default)
    {
        var key = $"{user.Frontend}:{user.UserId}";
        while (true)
        {
            if (!_started.TryGetValue(key, out var last))
            {
                if (_started.TryAdd(key, now))
                {
                    return Task.FromResult<TimeSpan?>(null);
                }

                continue;
            }

            if (now - last < cooldown)
            {
                return Task.FromResult<TimeSpan?>(cooldown - (now - last));
            }

            if (_started.TryUpdate(key, now, last))
            {
                return Task.FromResult<TimeSpan?>(null);
            }
        }
    }
}
