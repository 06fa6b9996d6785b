using Microsoft.Data.Sqlite;
using TutorBot.Storage.Migrations;
using TutorBot.Testing;

namespace TutorBot.Storage.Tests;

public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task ANewFileIsCreatedInWalModeAtTheLatestSchemaVersion()
    {
        var path = _directory.File("sub/dir/tutorbot.db");

        await new SqliteDatabase(path).EnsureReadyAsync();

        Assert.Equal("wal", Pragma(path, "journal_mode"));
        Assert.Equal(SchemaMigrations.Latest.ToString(), Pragma(path, "user_version"));
        Assert.Equal(SchemaMigrations.ApplicationId.ToString(), Pragma(path, "application_id"));
    }

    [Fact]
    public async Task AnOlderTutorBotDatabaseIsMigratedAndKeepsItsData()
    {
        var path = _directory.File("tutorbot.db");
        Execute(path, SchemaMigrations.All[0].Sql + $"""

            INSERT INTO users (frontend, external_id, display_name, created_at) VALUES ('console', 'ada', 'ada', 0);
            PRAGMA user_version = 1;
            PRAGMA application_id = {SchemaMigrations.ApplicationId};
            """);
        SqliteConnection.ClearAllPools();

        await new SqliteDatabase(path).EnsureReadyAsync();

        Assert.Equal(SchemaMigrations.Latest.ToString(), Pragma(path, "user_version"));
        Assert.Equal("1", Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'interview_questions_finished'"));
        Assert.Equal("1", Scalar(path, "SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task ADatabaseWithAUserInTwoRunningInterviewsKeepsTheLatestRunningWhenMigrated()
    {
        var path = _directory.File("tutorbot.db");
        Execute(path, string.Join('\n', SchemaMigrations.All.Where(m => m.Version <= 6).Select(m => m.Sql)) + $"""

            INSERT INTO users (frontend, external_id, display_name, created_at) VALUES ('discord', 'ada', 'ada', 0);
            INSERT INTO interviews (id, user_id, conversation, mode, status, current_index, started_at)
            VALUES ('older', 1, 'discord:thread-1', 'practice', 'active', 0, 100), ('newer', 1, 'discord:thread-2', 'practice', 'active', 0, 200);
            PRAGMA user_version = 6;
            PRAGMA application_id = {SchemaMigrations.ApplicationId};
            """);
        SqliteConnection.ClearAllPools();

        await new SqliteDatabase(path).EnsureReadyAsync();

        Assert.Equal("newer", Scalar(path, "SELECT id FROM interviews WHERE status = 'active'"));
        Assert.Equal("abandoned", Scalar(path, "SELECT status FROM interviews WHERE id = 'older'"));
    }

    public static TheoryData<string, string> UnusableFiles => new()
    {
        { "random bytes", "is not an SQLite database" },
        { "text", "is not an SQLite database" },
        { "foreign", "an SQLite database of another program" },
        { "newer", "newer than this TutorBot knows" },
        { "damaged", "" },
    };

    [Theory]
    [MemberData(nameof(UnusableFiles))]
    public async Task AnUnusableFileIsRefusedWithItsPathAndLeftUntouched(string kind, string reason)
    {
        var path = _directory.File($"{kind.Replace(' ', '-')}.db");
        await WriteUnusableFileAsync(path, kind);
        var before = await File.ReadAllBytesAsync(path);

        var error = await Assert.ThrowsAsync<StorageException>(() => new SqliteDatabase(path).EnsureReadyAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static async Task WriteUnusableFileAsync(string path, string kind)
    {
        switch (kind)
        {
            case "random bytes":
                await File.WriteAllBytesAsync(path, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
                break;
            case "text":
                await File.WriteAllTextAsync(path, "name,score\nada,10\n");
                break;
            case "foreign":
                Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices (amount) VALUES (9.5);");
                break;
            case "newer":
                await new SqliteDatabase(path).EnsureReadyAsync();
                SqliteConnection.ClearAllPools();
                Execute(path, $"PRAGMA user_version = {SchemaMigrations.Latest + 1}; PRAGMA journal_mode = DELETE;");
                break;
            case "damaged":
                Execute(path, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO t SELECT hex(randomblob(2000)) FROM n;");
                SqliteConnection.ClearAllPools();
                var bytes = await File.ReadAllBytesAsync(path);
                Array.Fill(bytes, (byte)0xAB, 100, bytes.Length - 100);
                await File.WriteAllBytesAsync(path, bytes);
                break;
        }

        SqliteConnection.ClearAllPools();
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? Pragma(string path, string name) => Scalar(path, $"PRAGMA {name}");
}
