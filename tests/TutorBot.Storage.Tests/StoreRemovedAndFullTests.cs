using Microsoft.Data.Sqlite;
using TutorBot.Core.Conversation;
using TutorBot.Storage.Tests.Providers;

namespace TutorBot.Storage.Tests;

/// <summary>The database file deleted under a running bot, its disk filling up during answers, and its disk turning read-only.</summary>
public sealed class StoreRemovedAndFullTests
{
    [Fact]
    public async Task ADatabaseDeletedWhileTheBotRunsIsReportedAndNotSilentlyRecreated()
    {
        using var storage = new StorageTutor();
        Assert.Equal(ReplyKind.Question, (await storage.SayAsync("ada", "/interview 2 en"))[^1].Kind);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { "", "-wal", "-shm" }.Select(suffix => storage.DatabasePath + suffix).Where(File.Exists))
        {
            File.Delete(file);
        }

        var reply = Assert.Single(await storage.SayAsync("ada", "keys and values are cached"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        // The turn stops at its first read, before anything is written: the user is told nothing was changed.
        Assert.Contains("the database file was deleted or moved while the bot was running", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", reply.Text, StringComparison.Ordinal);
        Assert.False(File.Exists(storage.DatabasePath), "no empty database takes the deleted one's place");
    }

    [SmallDiskFact]
    public async Task AnswersOnAFullDiskAreReportedUnsavedAndWhatWasStoredStaysIntact()
    {
        using var disk = new SmallDisk(kilobytes: 320);
        using var storage = new StorageTutor(database: _ => new SqliteTestDatabase(disk.Path));
        var padding = new string('x', 3000);
        IReadOnlyList<TutorReply> replies = [];
        var stored = 0L;
        for (var turn = 0; turn < 400; turn++)
        {
            replies = await storage.SayAsync($"user{turn}", "/interview 2 en");
            if (replies.Any(r => r.Kind == ReplyKind.Error))
            {
                break;
            }

            replies = await storage.SayAsync($"user{turn}", $"keys and values are cached {padding} {turn}");
            if (replies.Any(r => r.Kind == ReplyKind.Error))
            {
                break;
            }

            stored = await CountAnswersAsync(storage);
        }

        // The disk fills either on the answer itself (not stored, the user is told so) or on its grade (the answer is
        // kept and graded on the next message, the user is told that).
        var error = Assert.Single(replies, r => r.Kind == ReplyKind.Error);
        Assert.True(stored > 0, "some answers fit before the disk filled");
        var now = await CountAnswersAsync(storage);
        if (now == stored)
        {
            Assert.Contains("Not saved: the disk is full", error.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(stored + 1, now);
            Assert.Contains("Your answer is saved, but its grade could not be: the disk is full", error.Text, StringComparison.Ordinal);
        }

        await storage.AssertIntactAsync();
    }

    [SmallDiskFact]
    public async Task AnAnswerSentAfterTheDiskTurnedReadOnlyIsReportedUnsavedAndWhatWasStoredStaysReadable()
    {
        using var disk = new SmallDisk(kilobytes: 2048);
        using var storage = new StorageTutor(database: _ => new SqliteTestDatabase(disk.Path));
        Assert.Equal(ReplyKind.Question, (await storage.SayAsync("ada", "/interview 2 en"))[^1].Kind);
        Assert.DoesNotContain(await storage.SayAsync("ada", "keys and values are cached"), r => r.Kind == ReplyKind.Error);
        var stored = await CountAnswersAsync(storage);
        SqliteConnection.ClearAllPools();
        disk.MakeReadOnly();

        var replies = await storage.SayAsync("ada", "the cache grows with the context");

        var error = Assert.Single(replies, r => r.Kind == ReplyKind.Error);
        Assert.Contains("read-only", error.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your answer is saved", error.Text, StringComparison.Ordinal);
        // The bot cannot open the file any more; an immutable read-only open, as a backup tool would make, can.
        using var reader = new SqliteConnection($"Data Source=file:{storage.DatabasePath}?immutable=1;Mode=ReadOnly;Pooling=False");
        reader.Open();
        using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM answers;";
        Assert.Equal(stored, (long)count.ExecuteScalar()!);
        using var check = reader.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", (string)check.ExecuteScalar()!);
    }

    private static async Task<long> CountAnswersAsync(StorageTutor storage) =>
        (await storage.Scan.ColumnAsync("SELECT COUNT(*) FROM answers;")).Select(long.Parse).Single();
}
