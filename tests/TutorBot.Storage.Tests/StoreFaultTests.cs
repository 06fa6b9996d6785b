using Microsoft.Data.Sqlite;
using TutorBot.Core.Conversation;

namespace TutorBot.Storage.Tests;

/// <summary>The database failing under a running tutor: the user is told what went wrong and whether it was saved, and nothing stored before is damaged.</summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly StorageTutor _storage = new(busyTimeoutSeconds: 1);

    [Fact]
    public async Task AnAnswerSentWhileAnotherProcessHoldsTheWriteLockIsReportedUnsavedAndCanBeSentAgain()
    {
        Assert.Equal(ReplyKind.Question, (await _storage.SayAsync("ada", "/interview 2 en"))[^1].Kind);
        var answersBefore = Count("answers");

        IReadOnlyList<TutorReply> blocked;
        using (var holder = new SqliteConnection($"Data Source={_storage.DatabasePath};Pooling=False"))
        {
            holder.Open();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
            blocked = await _storage.SayAsync("ada", "keys and values are cached");
        }

        var reply = Assert.Single(blocked);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("Not saved: the database is busy", reply.Text, StringComparison.Ordinal);
        Assert.Equal(answersBefore, Count("answers"));
        Assert.Equal("ok", IntegrityCheck());

        var retried = await _storage.SayAsync("ada", "keys and values are cached");

        Assert.DoesNotContain(retried, r => r.Kind == ReplyKind.Error);
        Assert.Equal(answersBefore + 1, Count("answers"));
    }

    public void Dispose() => _storage.Dispose();

    private long Count(string table) => Scalar<long>($"SELECT COUNT(*) FROM {table};");

    private string IntegrityCheck() => Scalar<string>("PRAGMA integrity_check;");

    private T Scalar<T>(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_storage.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
