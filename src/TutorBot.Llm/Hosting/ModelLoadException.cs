namespace TutorBot.Llm.Hosting;

/// <summary>Llm:Required is set and the model could not be loaded; the message says why, with the path.</summary>
public sealed class ModelLoadException(string message) : Exception(message);
