namespace TutorBot.Llm.Grammars;

/// <summary>A problem in a GBNF grammar, at a 1-based line and column.</summary>
public sealed record GbnfError(int Line, int Column, string Message)
{
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
