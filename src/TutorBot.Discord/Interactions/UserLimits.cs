using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Discord.Interactions;

/// <summary>Per-user limits: one interview at a time (remembered by thread) and a cooldown on model-backed requests.</summary>
public sealed class UserLimits(IOptions<DiscordOptions> options, TimeProvider time, IRequestCooldowns cooldowns)
{
    private readonly ConcurrentDictionary<string, string> _interviewThreadByUser = new();

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

    /// <summary>
    /// Null when the user may run a model-backed request now (and starts their cooldown, which every bot process on the
    /// same store sees); else the wait left. When the store cannot be used the request goes ahead and reports that itself.
    /// </summary>
    public async Task<TimeSpan?> TryStartModelRequestAsync(string userId, string userName)
    {
        var cooldown = TimeSpan.FromSeconds(options.Value.ModelCooldownSeconds);
        if (cooldown <= TimeSpan.Zero)
        {
            return null;
        }

        try
        {
            return await cooldowns.TryStartAsync(new UserRef(ScopedTutor.Frontend, userId, userName), time.GetUtcNow(), cooldown);
        }
        catch (StoreFailedException)
        {
            return null;
        }
    }
}
