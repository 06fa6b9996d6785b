namespace TutorBot.Core.Review;

/// <summary>
/// The spaced-review schedule of one bank entry for one user (SM-2 state): how many reviews in a row passed,
/// the ease factor, the current interval, when it is due next, and the last score (0-10) for "weakest first".
/// </summary>
public sealed record ReviewCard(
    long UserId,
    string EntryId,
    int Repetitions,
    double Ease,
    double IntervalDays,
    DateTimeOffset DueAt,
    double LastScore,
    DateTimeOffset LastReviewedAt,
    int Lapses)
{
    public bool IsDue(DateTimeOffset now) => DueAt <= now;
}
