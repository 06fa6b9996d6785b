namespace TutorBot.Llm.Generation;

/// <summary>Llm:QueueCapacity requests are already waiting; the caller should answer without the model.</summary>
public sealed class GenerationQueueFullException(int capacity)
    : Exception($"the model is busy: {capacity} requests are already waiting (Llm:QueueCapacity)");
