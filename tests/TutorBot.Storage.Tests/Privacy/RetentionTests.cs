using TutorBot.Storage.Retention;

namespace TutorBot.Storage.Tests.Privacy;

public sealed class RetentionTests : IDisposable
{
    private readonly StorageTutor _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task InterviewsOlderThanTheCutoffGoWithTheirAnswersWhileNewerOnesAndReviewCardsStay()
    {
        await _storage.SayAsync("ada", "/interview 1 en");
        await _storage.SayAsync("ada", "keys and values, so nothing is recomputed");
        await _storage.SayAsync("ada", "/end");
        _storage.Clock.Advance(TimeSpan.FromDays(40));
        await _storage.SayAsync("ada", "/interview 1 en");
        var scan = new DatabaseScan(_storage.DatabasePath);
        var cardsBefore = scan.Column("SELECT count(*) FROM review_cards;");

        var deleted = await _storage.Get<InterviewRetention>().PurgeAsync(_storage.Clock.GetUtcNow().AddDays(-30));

        Assert.Equal(1, deleted);
        Assert.Equal(["1"], scan.Column("SELECT count(*) FROM interviews;"));
        Assert.Equal(["0"], scan.Column("SELECT count(*) FROM answers;"));
        Assert.Equal(["1"], scan.Column("SELECT count(DISTINCT interview_id) FROM interview_questions;"));
        Assert.Equal(cardsBefore, scan.Column("SELECT count(*) FROM review_cards;"));
        Assert.Equal(["ok"], scan.Column("PRAGMA integrity_check;"));
    }
}
