using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Core.Persistence;

public interface IUserRepository
{
    /// <summary>The user keyed by front-end and that front-end's id, created on first sight.</summary>
    Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken cancellationToken = default);

    Task SetLanguageAsync(long userId, Language language, CancellationToken cancellationToken = default);

    /// <summary>Pins the reply language (/lang zh|en), or with null lets each question's own language decide again.</summary>
    Task PinLanguageAsync(long userId, Language? language, CancellationToken cancellationToken = default);
}
