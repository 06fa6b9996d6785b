using TutorBot.Core.Ask;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;

namespace TutorBot.Host.Commands;

/// <summary>What `ask --json` prints: the answer, its citations and mode, and how the question was read against the context.</summary>
public sealed record AskAnswerJson(
    string Answer,
    IReadOnlyList<string> Citations,
    AskMode Mode,
    string Language,
    ResolvedAs ResolvedAs,
    string? ContextEntry,
    string? Standalone,
    IReadOnlyList<string>? NotCovered)
{
    public static AskAnswerJson From(AskAnswer answer, Language language) => new(
        answer.Answer,
        answer.Citations,
        answer.Mode,
        language.Code(),
        answer.Resolution.As,
        answer.Resolution.ContextEntryId,
        answer.Resolution.Standalone,
        answer.Resolution.NotCovered.Count > 0 ? answer.Resolution.NotCovered : null);
}
