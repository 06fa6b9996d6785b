namespace TutorBot.Core.Grading.Bindings;

/// <summary>One place where a wording occurs in an answer: its span, its sentence, and whether it is denied or set aside.</summary>
public sealed record Mention(int Start, int End, int Sentence, bool Negated, string Phrase, int Group);
