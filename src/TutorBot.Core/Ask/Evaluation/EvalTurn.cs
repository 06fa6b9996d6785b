using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Evaluation;

/// <summary>One line of an evaluation conversation: the text, what it tests, the entries an answer may come from (none: refused) and the reply language.</summary>
public sealed record EvalTurn(TurnKind Kind, string Text, IReadOnlyList<string> ExpectedIds, Language ReplyLanguage, int Line)
{
    public ResolvedAs ExpectedAs => Kind switch
    {
        TurnKind.Pronoun or TurnKind.Ellipsis or TurnKind.Entity => ResolvedAs.Followup,
        TurnKind.Offtopic => ResolvedAs.Refused,
        _ => ResolvedAs.New,
    };
}
