namespace TutorBot.Core.Ask;

public enum AskMode
{
    Retrieval,
    Llm,
    Calculator,
}
