using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Evaluation;

/// <summary>How a scored turn went: read as what, answered from which entry, in which language.</summary>
public sealed record TurnOutcome(EvalConversation Conversation, EvalTurn Turn, ResolvedAs? ResolvedAs, string? EntryId, Language Language)
{
    public bool IsCorrect =>
        ResolvedAs == Turn.ExpectedAs
        && Language == Turn.ReplyLanguage
        && (Turn.ExpectedIds.Count == 0 ? EntryId is null : Turn.ExpectedIds.Contains(EntryId ?? "", StringComparer.OrdinalIgnoreCase));
}
