namespace TutorBot.Core.Grading.Judge;

/// <summary>
/// The judge's reply once checked: a finite score in 0-10, key point ids, a bounded feedback text, and the key points
/// whose credit it would remove, each with a quote of the answer.
/// </summary>
public sealed record JudgeVerdict(double Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missing, string Feedback)
{
    public IReadOnlyList<JudgeRemoval> Removed { get; init; } = [];
}
