using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Interactions;

/// <summary>Per-user limits: one interview at a time (remembered by thread) and a cooldown on model-backed requests.</summary>
public sealed class UserLimits(IOptions<DiscordOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _interviewThreadByUser = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastModelRequest = new();

    public string? ActiveInterview(string userId) => _interviewThreadByUser.TryGetValue(userId, out var thread) ? thread : null;

    public bool IsInterviewThread(string channelId) => _interviewThreadByUser.Values.Contains(channelId);

    /// <summary>Claims the user's one interview slot; false when they already hold it.</summary>
    public bool TryStartInterview(string userId, string channelId) => _interviewThreadByUser.TryAdd(userId, channelId);

    /// <summary>The interview moved into the thread opened for it.</summary>
    public void MoveInterview(string userId, string threadId) => _interviewThreadByUser[userId] = threadId;

    /// <summary>Forgets the interview that runs in this channel (it ended with a summary or /interview end).</summary>
    public void EndInterviewIn(string channelId)
    {
        foreach (var (user, thread) in _interviewThreadByUser)
        {
            if (thread == channelId)
            {
                _interviewThreadByUser.TryRemove(new KeyValuePair<string, string>(user, thread));
            }
        }
    }

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
