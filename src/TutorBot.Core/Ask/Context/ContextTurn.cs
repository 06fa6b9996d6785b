using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Context;

/// <summary>
/// One answered question of a conversation, as later follow-ups lean on it: what was asked, in which language, and
/// the entries the answer was built from (the main entry first).
/// </summary>
public sealed record ContextTurn(string Question, Language Language, IReadOnlyList<string> EntryIds, DateTimeOffset AskedAt)
{
    /// <summary>A context made of entry ids alone (the `ask --after` option), newest first.</summary>
    public static IReadOnlyList<ContextTurn> FromEntryIds(IReadOnlyList<string> entryIds, Language language) =>
        entryIds.Count == 0 ? [] : [new ContextTurn("", language, entryIds, DateTimeOffset.UnixEpoch)];
}
