using TutorBot.Core.Ask.Context;

namespace TutorBot.Core.Ask;

public sealed record AskAnswer(string Answer, IReadOnlyList<string> Citations, AskMode Mode)
{
    public Resolution Resolution { get; init; } = Resolution.None;
}
