namespace TutorBot.Llm.Grammars;

internal sealed class GbnfSyntaxException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
