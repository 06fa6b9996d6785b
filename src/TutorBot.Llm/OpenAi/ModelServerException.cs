namespace TutorBot.Llm.OpenAi;

/// <summary>The model server failed a request for good (after retries), timed out, or is being left alone after that.</summary>
public sealed class ModelServerException(string message, Exception? inner = null) : Exception(message, inner);
