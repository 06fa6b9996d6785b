using TutorBot.Core.Conversation;

namespace TutorBot.Core.Persistence;

/// <summary>A per-user cooldown on costly (model-backed) requests, kept where every bot process sharing the store sees it.</summary>
public interface IRequestCooldowns
{
    /// <summary>
    /// When the user's cooldown has run out (or never started), starts it at <paramref name="now"/> and returns null;
    /// otherwise changes nothing and returns how long it still runs. Atomic: of two processes asking at once, one gets null.
    /// </summary>
    Task<TimeSpan?> TryStartAsync(UserRef user, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken = default);
}
