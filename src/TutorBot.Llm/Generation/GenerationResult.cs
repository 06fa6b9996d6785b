namespace TutorBot.Llm.Generation;

/// <summary>The generated text and how it went; TimeToFirstToken counts from submission, queueing included.</summary>
public sealed record GenerationResult(
    string Text,
    FinishReason FinishReason,
    int PromptTokens,
    int GeneratedTokens,
    TimeSpan TimeToFirstToken,
    TimeSpan Duration);
