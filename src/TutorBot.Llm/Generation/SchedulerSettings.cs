namespace TutorBot.Llm.Generation;

/// <summary>Sizes of the scheduler: sequences decoded together, context per sequence, queue bound, defaults.</summary>
public sealed record SchedulerSettings(int Sequences, int ContextSize, int QueueCapacity, TimeSpan RequestTimeout, float Temperature, uint? Seed = null);
