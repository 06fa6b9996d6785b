using TutorBot.Storage.Tests.Providers;
using TutorBot.Core.Conversation;

namespace TutorBot.Storage.Tests;

/// <summary>Run against every provider: see SqliteConcurrentUsersTests and PostgresConcurrentUsersTests.</summary>
public abstract class ConcurrentUsersTests : IDisposable
{
    private const int Users = 50;
    private readonly StorageTutor _storage;

    protected ConcurrentUsersTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    [StoreFact]
    public async Task FiftyUsersInterviewingAtOnceLoseNoAnswerAndCrossNone()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => Task.Run(() => InterviewAsync($"user-{i}"))));

        Assert.All(replies.SelectMany(r => r), r => Assert.NotEqual(ReplyKind.Error, r.Kind));
        Assert.All(replies, r => Assert.Equal(ReplyKind.Summary, r[^1].Kind));

        var rows = await _storage.Get<IStoreDatabase>().ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT u.external_id, a.text, a.graded FROM answers a
                JOIN interviews i ON i.id = a.interview_id JOIN users u ON u.id = i.user_id;
                """;
            using var reader = command.ExecuteReader();
            var rows = new List<(string User, string Text, bool Graded)>();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            }

            return rows;
        });

        Assert.Equal(_storage.Grader.Requests.Count, rows.Count);
        Assert.All(rows, row => Assert.StartsWith(row.User + " says", row.Text));
        Assert.All(rows, row => Assert.True(row.Graded));
        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
        Assert.Equal(Users, rows.Select(r => r.User).Distinct().Count());
    }

    public void Dispose() => _storage.Dispose();

    private async Task<IReadOnlyList<TutorReply>> InterviewAsync(string user)
    {
        var replies = await _storage.SayAsync(user, "/interview 3 en");
        for (var turn = 0; turn < 12 && replies[^1].Kind == ReplyKind.Question; turn++)
        {
            // Weak answers: each question draws its follow-up where the entry has one.
            replies = await _storage.SayAsync(user, $"{user} says answer {turn}: keys and values");
        }

        return replies;
    }
}
