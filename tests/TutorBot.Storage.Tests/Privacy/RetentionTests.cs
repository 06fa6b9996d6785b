using TutorBot.Storage.Tests.Providers;
using TutorBot.Storage.Retention;

namespace TutorBot.Storage.Tests.Privacy;

/// <summary>Run against every provider: see SqliteRetentionTests and PostgresRetentionTests.</summary>
public abstract class RetentionTests : IDisposable
{
    private readonly StorageTutor _storage;

    protected RetentionTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    public void Dispose() => _storage.Dispose();

    [StoreFact]
    public async Task InterviewsOlderThanTheCutoffGoWithTheirAnswersWhileNewerOnesAndReviewCardsStay()
    {
        await _storage.SayAsync("ada", "/interview 1 en");
        await _storage.SayAsync("ada", "keys and values, so nothing is recomputed");
        await _storage.SayAsync("ada", "/end");
        _storage.Clock.Advance(TimeSpan.FromDays(40));
        await _storage.SayAsync("ada", "/interview 1 en");
        var scan = _storage.Scan;
        var cardsBefore = await scan.ColumnAsync("SELECT count(*) FROM review_cards;");

        var deleted = await _storage.Get<InterviewRetention>().PurgeAsync(_storage.Clock.GetUtcNow().AddDays(-30));

        Assert.Equal(1, deleted);
        Assert.Equal(["1"], await scan.ColumnAsync("SELECT count(*) FROM interviews;"));
        Assert.Equal(["0"], await scan.ColumnAsync("SELECT count(*) FROM answers;"));
        Assert.Equal(["1"], await scan.ColumnAsync("SELECT count(DISTINCT interview_id) FROM interview_questions;"));
        Assert.Equal(cardsBefore, await scan.ColumnAsync("SELECT count(*) FROM review_cards;"));
        await _storage.AssertIntactAsync();
    }
}
