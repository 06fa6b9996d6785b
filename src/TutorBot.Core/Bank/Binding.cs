namespace TutorBot.Core.Bank;

/// <summary>
/// A property that belongs to a subject ("LLaMA" → "RMSNorm", "decode" → "memory-bound"): it counts only when the
/// answer ties one of the property's wordings to one of the subject's, not when the words merely co-occur.
/// </summary>
public sealed record Binding(IReadOnlyList<string> Subject, IReadOnlyList<string> Property);
