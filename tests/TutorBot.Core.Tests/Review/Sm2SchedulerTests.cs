using TutorBot.Core.Review;

namespace TutorBot.Core.Tests.Review;

public sealed class Sm2SchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(10, 5)]
    [InlineData(9, 5)]
    [InlineData(7, 4)]
    [InlineData(5, 3)]
    [InlineData(4.9, 2)]
    [InlineData(0, 0)]
    [InlineData(12, 5)]
    public void ScoresOutOfTenMapOntoQualityByHalving(double score, int quality) =>
        Assert.Equal(quality, Sm2Scheduler.QualityOf(score));

    [Fact]
    public void PassingReviewsComeBackAfterOneThenSixDaysThenTheIntervalTimesTheEase()
    {
        var first = Sm2Scheduler.Next(null, 1, "e", 10, Now);
        var second = Sm2Scheduler.Next(first, 1, "e", 10, Now.AddDays(1));
        var third = Sm2Scheduler.Next(second, 1, "e", 10, Now.AddDays(7));

        Assert.Equal((1, 1.0, 2.6), (first.Repetitions, first.IntervalDays, Math.Round(first.Ease, 2)));
        Assert.Equal((2, 6.0, 2.7), (second.Repetitions, second.IntervalDays, Math.Round(second.Ease, 2)));
        Assert.Equal(Math.Round(6 * 2.7), third.IntervalDays);
        Assert.Equal(Now.AddDays(7 + third.IntervalDays), third.DueAt);
    }

    [Fact]
    public void AFailedReviewStartsOverTomorrowAndLowersTheEase()
    {
        var learned = Sm2Scheduler.Next(Sm2Scheduler.Next(null, 1, "e", 10, Now), 1, "e", 10, Now.AddDays(1));

        var lapse = Sm2Scheduler.Next(learned, 1, "e", 2, Now.AddDays(7));

        Assert.Equal((0, 1.0, 1), (lapse.Repetitions, lapse.IntervalDays, lapse.Lapses));
        Assert.True(lapse.Ease < learned.Ease);
        Assert.Equal(Now.AddDays(8), lapse.DueAt);
    }

    [Fact]
    public void TheEaseNeverFallsBelowTheMinimum()
    {
        ReviewCard? card = null;
        for (var i = 0; i < 20; i++)
        {
            card = Sm2Scheduler.Next(card, 1, "e", 0, Now.AddDays(i));
        }

        Assert.Equal(Sm2Scheduler.MinimumEase, card!.Ease);
    }

    [Fact]
    public void DueCardsComeWeakestFirstAndCardsNotDueAreLeftOut()
    {
        var cards = new[]
        {
            new ReviewCard(1, "strong", 1, 2.5, 1, Now.AddHours(-1), 9, Now.AddDays(-1), 0),
            new ReviewCard(1, "weak", 0, 1.7, 1, Now.AddHours(-2), 2, Now.AddDays(-1), 1),
            new ReviewCard(1, "middling", 0, 2.2, 1, Now, 5, Now.AddDays(-1), 0),
            new ReviewCard(1, "later", 0, 1.3, 1, Now.AddHours(1), 0, Now, 3),
        };

        Assert.Equal(["weak", "middling", "strong"], Sm2Scheduler.DueWeakestFirst(cards, Now).Select(c => c.EntryId));
    }
}
