namespace TutorBot.Core.Ask;

public sealed record AskAnswer(string Answer, IReadOnlyList<string> Citations, AskMode Mode);
