using TutorBot.Core.Ask.Context;

namespace TutorBot.Core.Persistence;

/// <summary>The recent questions of one user in one conversation (a console, a Discord channel or thread).</summary>
public interface IConversationContextStore
{
    /// <summary>At most <paramref name="max"/> turns asked at or after <paramref name="notBefore"/>, newest first.</summary>
    Task<IReadOnlyList<ContextTurn>> RecentAsync(long userId, string conversation, DateTimeOffset notBefore, int max, CancellationToken cancellationToken = default);

    /// <summary>Adds a turn and deletes all but the newest <paramref name="keep"/> of this user and conversation.</summary>
    Task AppendAsync(long userId, string conversation, ContextTurn turn, int keep, CancellationToken cancellationToken = default);
}
