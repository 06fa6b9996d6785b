namespace TutorBot.Llm;

/// <summary>Where the model runs (Llm:Provider): in this process (LLamaSharp, a GGUF file) or behind an
/// OpenAI-compatible server.</summary>
public static class LlmProvider
{
    public const string LlamaSharp = "llamasharp";
    public const string OpenAi = "openai";

    public static IReadOnlyList<string> All { get; } = [LlamaSharp, OpenAi];

    public static bool IsOpenAi(string? provider) => string.Equals(provider?.Trim(), OpenAi, StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string? provider) => All.Contains(provider?.Trim() ?? "", StringComparer.OrdinalIgnoreCase);
}
