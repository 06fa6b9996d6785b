using TutorBot.Core.Bank;
using TutorBot.Core.Progress;

namespace TutorBot.Core.Tests.Conversation;

public sealed class RecordingChart : IProgressChart
{
    public List<(string UserKey, int Points, Language Language)> Calls { get; } = [];

    public string? Render(string userKey, IReadOnlyList<ScoredQuestion> history, Language language)
    {
        Calls.Add((userKey, history.Count, language));
        return "/charts/progress.png";
    }
}
