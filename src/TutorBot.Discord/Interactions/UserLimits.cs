using Microsoft.Extensions.Options;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Discord.Interactions;

/// <summary>A per-user cooldown on model-backed requests, kept in the store. (One interview per user is the tutor's rule, kept in storage.)</summary>
public sealed class UserLimits(IOptions<DiscordOptions> options, TimeProvider time, IRequestCooldowns cooldowns)
{
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
