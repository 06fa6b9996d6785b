namespace TutorBot.Core.Grading;

public sealed record GradeResult(
    double Score,
    IReadOnlyList<CoveredPoint> Covered,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Methods,
    double Confidence,
    string Feedback);
