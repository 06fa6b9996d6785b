using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading;

/// <summary>
/// An answer made safe to grade: control characters removed, cut to the configured prefix.
/// Problem is set when there is nothing gradable (empty, unreadable, a script other than zh/en).
/// </summary>
public sealed record PreparedAnswer(string Text, int OriginalLength, bool Truncated, Language Detected, AnswerProblem Problem);
