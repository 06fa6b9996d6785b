using TutorBot.Core.Ask.Context;
using TutorBot.Core.Persistence;

namespace TutorBot.Testing.Fakes;

/// <summary>Conversation context in memory, keyed by user and conversation like the SQLite store.</summary>
public sealed class InMemoryContextStore : IConversationContextStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(long, string), List<ContextTurn>> _turns = [];

    public Task<IReadOnlyList<ContextTurn>> RecentAsync(long userId, string conversation, DateTimeOffset notBefore, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<ContextTurn> recent = _turns.TryGetValue((userId, conversation), out var turns)
                ? turns.Where(t => t.AskedAt >= notBefore).Reverse().Take(max).ToList()
                : [];
            return Task.FromResult(recent);
        }
    }

    public Task AppendAsync(long userId, string conversation, ContextTurn turn, int keep, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_turns.TryGetValue((userId, conversation), out var turns))
            {
                _turns[(userId, conversation)] = turns = [];
            }

            turns.Add(turn);
            turns.RemoveRange(0, Math.Max(0, turns.Count - keep));
            return Task.CompletedTask;
        }
    }
}
