using TutorBot.Storage.Tests.Providers;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Tests.Privacy;

/// <summary>Run against every provider: see SqliteUserDataTests and PostgresUserDataTests.</summary>
public abstract class UserDataTests : IDisposable
{
    private readonly StorageTutor _storage;

    protected UserDataTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    public void Dispose() => _storage.Dispose();

    [StoreFact]
    public async Task TheExportHoldsEveryStoredAnswerAndAfterDeletionNoTableHoldsTheUser()
    {
        await InterviewAsync("ada");
        await InterviewAsync("bob");
        var scan = _storage.Scan;
        var adaId = (await scan.ColumnAsync("SELECT id FROM users WHERE external_id = 'ada';")).Single();
        var adaInterviews = await scan.ColumnAsync($"SELECT id FROM interviews WHERE user_id = {adaId};");
        var adaAnswers = await scan.ColumnAsync($"SELECT a.text FROM answers a JOIN interviews i ON i.id = a.interview_id WHERE i.user_id = {adaId};");
        var othersRows = (await scan.RowsAsync()).Where(row => !Belongs(row, adaId, adaInterviews)).Select(Text).ToList();
        var data = _storage.Get<IUserDataRepository>();

        var export = await data.ExportAsync("console", "ada");
        var deleted = await data.DeleteAsync("console", "ada");

        Assert.NotNull(export);
        Assert.True(adaAnswers.Count >= 2, string.Join(" | ", adaAnswers));
        Assert.Equal(adaAnswers.Order(), export.Tables["answers"].Select(row => (string)row["text"]!).Order());
        Assert.Equal(adaInterviews.Order(), export.Tables["interviews"].Select(row => (string)row["id"]!).Order());
        Assert.NotEmpty(export.Tables["review_cards"]);
        Assert.Equal(export.Tables.Values.Sum(rows => rows.Count), deleted);

        var left = await scan.RowsAsync();
        Assert.DoesNotContain(left, row => Belongs(row, adaId, adaInterviews) || row.Cells.Any(c => c.Value == "ada" || adaAnswers.Contains(c.Value!)));
        Assert.Equal(othersRows, left.Select(Text).ToList());
        await _storage.AssertIntactAsync();
    }

    [StoreFact]
    public async Task AnUnknownUserHasNothingToExportOrDelete()
    {
        await InterviewAsync("ada");
        var data = _storage.Get<IUserDataRepository>();

        Assert.Null(await data.ExportAsync("console", "nobody"));
        Assert.Equal(0, await data.DeleteAsync("discord", "ada"));
        Assert.NotNull(await data.ExportAsync("console", "ada"));
    }

    /// <summary>A row is the user's when it holds their user id in a user_id column, is their row of users, or names one of their interviews.</summary>
    private static bool Belongs((string Table, List<(string Column, string? Value)> Cells) row, string userId, List<string> interviews) =>
        row.Cells.Any(cell =>
            (cell.Column == "user_id" && cell.Value == userId)
            || (row.Table == "users" && cell.Column == "id" && cell.Value == userId)
            || (cell.Value is not null && interviews.Contains(cell.Value)));

    private static string Text((string Table, List<(string Column, string? Value)> Cells) row) =>
        row.Table + ": " + string.Join(", ", row.Cells.Select(c => $"{c.Column}={c.Value}"));

    private async Task InterviewAsync(string user)
    {
        var replies = await _storage.SayAsync(user, "/interview 2 en");
        for (var turn = 0; turn < 8 && replies[^1].Kind == ReplyKind.Question; turn++)
        {
            replies = await _storage.SayAsync(user, $"{user} answers {turn}: keys and values");
        }
    }
}
