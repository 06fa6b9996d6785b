namespace TutorBot.Core.Review;

/// <summary>
/// SuperMemo-2 scheduling. SM-2 rather than FSRS because a tutoring user reviews each entry only a handful of
/// times: FSRS earns its accuracy by fitting per-user parameters to many reviews, which we never have, while
/// SM-2 is deterministic, needs no training data, and its state (repetitions, ease, interval) is easy to read
/// and to test with a fake clock. A 0-10 grade maps onto SM-2's 0-5 quality by halving.
/// </summary>
public static class Sm2Scheduler
{
    public const double InitialEase = 2.5;

    public const double MinimumEase = 1.3;

    /// <summary>Quality below this (a score under 5/10) is a lapse: the entry starts over and comes back tomorrow.</summary>
    public const int PassingQuality = 3;

    /// <summary>
    /// Longest interval: SM-2 multiplies it by the ease at each pass, so an entry practised again and again before it
    /// is due would soon overflow the calendar.
    /// </summary>
    public const double MaximumIntervalDays = 365;

    public static int QualityOf(double score) => (int)Math.Clamp(Math.Round(score / 2, MidpointRounding.AwayFromZero), 0, 5);

    public static ReviewCard Next(ReviewCard? card, long userId, string entryId, double score, DateTimeOffset now)
    {
        var quality = QualityOf(score);
        var repetitions = card?.Repetitions ?? 0;
        var ease = card?.Ease ?? InitialEase;
        var interval = card?.IntervalDays ?? 0;
        var lapses = card?.Lapses ?? 0;

        if (quality < PassingQuality)
        {
            repetitions = 0;
            interval = 1;
            lapses++;
        }
        else
        {
            repetitions++;
            interval = repetitions switch
            {
                1 => 1,
                2 => 6,
                _ => Math.Min(MaximumIntervalDays, Math.Round(interval * ease)),
            };
        }

        var miss = 5 - quality;
        ease = Math.Max(MinimumEase, ease + (0.1 - miss * (0.08 + miss * 0.02)));
        return new ReviewCard(userId, entryId, repetitions, ease, interval, now.AddDays(interval), score, now, lapses);
    }

    /// <summary>Due entries, weakest first: lowest last score, then lowest ease, then the longest overdue.</summary>
    public static IEnumerable<ReviewCard> DueWeakestFirst(IEnumerable<ReviewCard> cards, DateTimeOffset now) =>
        cards.Where(c => c.IsDue(now))
            .OrderBy(c => c.LastScore)
            .ThenBy(c => c.Ease)
            .ThenBy(c => c.DueAt)
            .ThenBy(c => c.EntryId, StringComparer.Ordinal);
}
