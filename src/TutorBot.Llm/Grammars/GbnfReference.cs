namespace TutorBot.Llm.Grammars;

internal sealed record GbnfReference(string Name, int Line, int Column);
