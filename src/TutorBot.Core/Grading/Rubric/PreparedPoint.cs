using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// A key point analyzed once: each alias (and synonym) with its terms, and the distinctive terms of the point's
/// own wording in each language (words of the question or shared by most points of the entry left out).
/// </summary>
public sealed record PreparedPoint(KeyPoint Point, IReadOnlyList<(string Phrase, IReadOnlyList<string> Terms)> Phrases, IReadOnlyList<IReadOnlyList<string>> Wordings);
