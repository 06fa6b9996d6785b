namespace TutorBot.Core.Grading;

/// <summary>A key point the answer made, with the words of the answer that show it.</summary>
public sealed record CoveredPoint(string KeyPointId, string Evidence);
