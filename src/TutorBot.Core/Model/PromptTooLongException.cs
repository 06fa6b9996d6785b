namespace TutorBot.Core.Model;

/// <summary>A rendered prompt whose fixed part (its system turns) does not fit the model's context with room for the reply.</summary>
public sealed class PromptTooLongException(int promptTokens, int budget)
    : Exception($"the prompt needs {promptTokens} tokens but the model's context leaves {budget} for it")
{
    public int PromptTokens { get; } = promptTokens;

    public int Budget { get; } = budget;
}
