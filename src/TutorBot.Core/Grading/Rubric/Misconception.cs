using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>A known wrong claim: a subject ("ZeRO-1") said together with a claim that is false of it ("shards parameters").</summary>
public sealed record Misconception(IReadOnlyList<string> Subjects, IReadOnlyList<string> Claims, LocalizedText Correction);
