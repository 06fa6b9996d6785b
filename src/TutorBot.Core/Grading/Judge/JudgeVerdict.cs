namespace TutorBot.Core.Grading.Judge;

/// <summary>The judge's reply once checked: a finite score in 0-10, key point ids, and a bounded feedback text.</summary>
public sealed record JudgeVerdict(double Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missing, string Feedback);
