using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>One graded answer of the adversarial evaluation: which entry, language and kind of answer, and what it got.</summary>
public sealed record AdversarialScore(string EntryId, Language Language, string Kind, double Score, string Detail = "");
