using Microsoft.Data.Sqlite;
using TutorBot.Core.Bank;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;

namespace TutorBot.Storage.Tests;

public sealed class StoreFaultsTests
{
    [Theory]
    [InlineData(5, StoreFault.Busy, "Not saved: the database is busy", "没有保存：数据库正被另一个程序锁住")]
    [InlineData(517, StoreFault.Busy, "Not saved: the database is busy", "没有保存：数据库正被另一个程序锁住")]
    [InlineData(8, StoreFault.ReadOnly, "Not saved: the database file is read-only", "没有保存：数据库文件是只读的")]
    [InlineData(13, StoreFault.DiskFull, "Not saved: the disk is full", "没有保存：磁盘已满")]
    [InlineData(26, StoreFault.Unavailable, "Not saved: the database file cannot be opened", "没有保存：数据库文件无法打开")]
    public void ASqliteResultCodeBecomesAFaultTheUserIsToldOfInTheirLanguage(int code, StoreFault fault, string english, string chinese)
    {
        var failure = StoreFaults.Describe(new SqliteException("SQLite Error", code), "/data/tutorbot.db", write: true);

        Assert.Equal(fault, failure.Fault);
        Assert.Contains("/data/tutorbot.db", failure.Message, StringComparison.Ordinal);
        Assert.StartsWith(english, Phrases.StoreFailed(Language.En, failure), StringComparison.Ordinal);
        Assert.StartsWith(chinese, Phrases.StoreFailed(Language.Zh, failure), StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedReadSaysNothingWasChanged()
    {
        var failure = StoreFaults.Describe(new SqliteException("SQLite Error", 5), "/data/tutorbot.db", write: false);

        Assert.StartsWith("Could not read your data: the database is busy", Phrases.StoreFailed(Language.En, failure), StringComparison.Ordinal);
    }
}
