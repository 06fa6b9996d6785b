using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Interactions;

/// <summary>A per-user cooldown on model-backed requests. (One interview per user is the tutor's rule, kept in storage.)</summary>
public sealed class UserLimits(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastModelRequest = new();

    /// <summary>Null when the user may run a model-backed request now (and starts their cooldown); else the wait left.</summary>
    public TimeSpan? TryStartModelRequest(string userId)
    {
        var now = time.GetUtcNow();
        var cooldown = TimeSpan.FromSeconds(options.Value.ModelCooldownSeconds);
        while (true)
        {
            if (!_lastModelRequest.TryGetValue(userId, out var last))
            {
                if (_lastModelRequest.TryAdd(userId, now))
                {
                    return null;
                }

                continue;
            }

            if (now - last < cooldown)
            {
                return cooldown - (now - last);
            }

            if (_lastModelRequest.TryUpdate(userId, now, last))
            {
                return null;
            }
        }
    }
}
