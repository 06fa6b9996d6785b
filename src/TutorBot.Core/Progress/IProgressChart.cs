using TutorBot.Core.Bank;

namespace TutorBot.Core.Progress;

/// <summary>Draws scores over time per topic into an image file, labelled in the user's language.</summary>
public interface IProgressChart
{
    /// <summary>The PNG's path, or null when this setup draws no charts or there is nothing to draw.</summary>
    string? Render(string userKey, IReadOnlyList<ScoredQuestion> history, Language language);
}
