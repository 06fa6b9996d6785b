namespace TutorBot.Llm.Gguf;

/// <summary>The file is not a readable GGUF model; the message names the file and what is wrong.</summary>
public sealed class GgufFormatException(string message) : Exception(message);
