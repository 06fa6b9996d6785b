using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>One step of the answer framework for concept questions, with the words that show an answer took it.</summary>
public sealed record FrameworkPart(LocalizedText Name, IReadOnlyList<string> Cues);
