namespace TutorBot.Core.Grading.Judge;

/// <summary>The judge's claim that the answer contradicts a key point, with the answer's own words that show it.</summary>
public sealed record JudgeRemoval(string KeyPointId, string Quote);
