using TutorBot.Core.Bank;

namespace TutorBot.Core.Progress;

/// <summary>The default until a storage adapter registers a real chart: progress is reported as text only.</summary>
public sealed class NoProgressChart : IProgressChart
{
    public string? Render(string userKey, IReadOnlyList<ScoredQuestion> history, Language language) => null;
}
