using System.Net.Sockets;
using Npgsql;
using TutorBot.Core.Bank;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Storage.Postgres;

namespace TutorBot.Storage.Tests.Postgres;

public sealed class PostgresFaultsTests
{
    [Theory]
    [InlineData("53100", StoreFault.DiskFull, "Not saved: the disk is full", "没有保存：磁盘已满")]
    [InlineData("23505", StoreFault.Conflict, "Not saved: another of your messages changed this at the same moment", "没有保存：你的另一条消息同时修改了同一内容")]
    [InlineData("57P01", StoreFault.Unreachable, "Not saved: the database server cannot be reached", "没有保存：无法连接数据库服务器")]
    [InlineData("08006", StoreFault.Unreachable, "Not saved: the database server cannot be reached", "没有保存：无法连接数据库服务器")]
    [InlineData("40001", StoreFault.Busy, "Not saved: the database is busy", "没有保存：数据库正被另一个程序锁住")]
    [InlineData("40P01", StoreFault.Busy, "Not saved: the database is busy", "没有保存：数据库正被另一个程序锁住")]
    [InlineData("25006", StoreFault.ReadOnly, "Not saved: the database file is read-only", "没有保存：数据库文件是只读的")]
    [InlineData("42P01", StoreFault.Unavailable, "Not saved: the database file cannot be opened", "没有保存：数据库文件无法打开")]
    public void EachPostgresErrorCodeBecomesAFaultTheUserIsToldOfInTheirLanguage(string sqlState, StoreFault fault, string en, string zh)
    {
        var failure = PostgresFaults.Describe(new PostgresException("server says no", "ERROR", "ERROR", sqlState), "postgres://db:5432/tutorbot", write: true);

        Assert.Equal((fault, true), (failure.Fault, failure.Write));
        Assert.StartsWith("the database postgres://db:5432/tutorbot ", failure.Message);
        Assert.StartsWith(en, Phrases.StoreFailed(Language.En, failure));
        Assert.StartsWith(zh, Phrases.StoreFailed(Language.Zh, failure));
    }

    [Fact]
    public void OnlySerializationFailuresAndDeadlocksAreRetriedAndARefusedConnectionIsUnreachable()
    {
        var retried = new[] { "40001", "40P01", "23505", "53100", "57P01" }
            .Where(state => PostgresFaults.IsRetryable(new PostgresException("x", "ERROR", "ERROR", state)));
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(["40001", "40P01"], retried);
        Assert.Equal(StoreFault.Unreachable, PostgresFaults.Classify(refused));
        Assert.Equal(StoreFault.Busy, PostgresFaults.Classify(new NpgsqlException("pool exhausted", new TimeoutException())));
    }
}
