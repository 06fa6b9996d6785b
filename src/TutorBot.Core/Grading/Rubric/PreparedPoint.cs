using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Bindings;

namespace TutorBot.Core.Grading.Rubric;

/// <summary>
/// A key point analyzed once: each alias (and synonym) with its terms, and the distinctive terms of the point's
/// own wording in each language (words of the question or shared by most points of the entry left out), and its
/// bindings. Aliases made only of words of the question are left out: repeating the question shows nothing.
/// </summary>
public sealed record PreparedPoint(
    KeyPoint Point,
    IReadOnlyList<(string Phrase, IReadOnlyList<string> Terms)> Phrases,
    IReadOnlyList<IReadOnlyList<string>> Wordings,
    PreparedBindings Bindings);
