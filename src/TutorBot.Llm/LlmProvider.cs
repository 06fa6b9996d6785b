namespace TutorBot.Llm;

/// <summary>Where the model runs: in this process (LLamaSharp, a GGUF file) or behind an OpenAI-compatible server.</summary>
public enum LlmProvider
{
    LlamaSharp,
    OpenAi,
}
