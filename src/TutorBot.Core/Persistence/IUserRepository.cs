using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Core.Persistence;

public interface IUserRepository
{
    /// <summary>The user keyed by front-end and that front-end's id, created on first sight.</summary>
    Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken cancellationToken = default);

    Task SetLanguageAsync(long userId, Language language, CancellationToken cancellationToken = default);

    Task SetLastCitationsAsync(long userId, IReadOnlyList<string> citations, CancellationToken cancellationToken = default);
}
