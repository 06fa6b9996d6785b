using System.Net;
using System.Net.Sockets;
using Npgsql;
using TutorBot.Core.Conversation;
using TutorBot.Storage.Postgres;
using TutorBot.Storage.Repositories;
using TutorBot.Storage.Tests.Providers;
using TutorBot.Testing.Postgres;
using TutorBot.Testing;

namespace TutorBot.Storage.Tests.Postgres;

/// <summary>Several bot processes on one PostgreSQL schema, each played by a database or a whole tutor of its own.</summary>
public sealed class PostgresAcrossProcessesTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly Lazy<PostgresTestDatabase> _database;

    public PostgresAcrossProcessesTests() => _database = new(() => new PostgresTestDatabase(_directory.Path));

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        _directory.Dispose();
    }

    [PostgresFact]
    public async Task FourProcessesStartingTogetherOnPostgresApplyEachMigrationOnce()
    {
        var processes = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(_database.Value.ConnectionString)).ToList();

        await Task.WhenAll(processes.Select(p => Task.Run(() => p.EnsureReadyAsync())));

        var versions = await new DatabaseScan(processes[0]).ColumnAsync("SELECT version FROM schema_migrations ORDER BY version;");
        Assert.Equal(PostgresMigrations.All.Select(m => m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), versions);
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task TwoProcessesStartingAnInterviewForTheSameUserAtOnceOnPostgresLeaveOneRunning()
    {
        using var first = new StorageTutor(database: _ => _database.Value);
        using var second = new StorageTutor(database: _ => _database.Value);
        await first.StartAsync();
        await second.StartAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).SelectMany(i => new[] { first, second }.Select(tutor => Task.Run(() => tutor.SayAsync($"user-{i}", "/interview 2 en")))));

        var running = await first.Scan.ColumnAsync("SELECT count(*) FROM interviews WHERE status = 'active' GROUP BY user_id, conversation HAVING count(*) > 1;");
        Assert.Empty(running);
        Assert.Equal(["20"], await first.Scan.ColumnAsync("SELECT count(DISTINCT user_id) FROM interviews WHERE status = 'active';"));
        var errors = replies.SelectMany(r => r).Where(r => r.Kind == ReplyKind.Error).ToList();
        Assert.All(errors, e => Assert.StartsWith("Not saved: another of your messages changed this at the same moment", e.Text));
    }

    [PostgresFact]
    public async Task TwoProcessesClaimingOneUsersCooldownAtOnceOnPostgresLetOneRequestThrough()
    {
        await using var first = new PostgresDatabase(_database.Value.ConnectionString);
        await using var second = new PostgresDatabase(_database.Value.ConnectionString);
        var processes = new[] { new SqlRequestCooldowns(first), new SqlRequestCooldowns(second) };
        var now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var ada = new UserRef("discord", "1", "Ada");

        var waits = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => processes[i % 2].TryStartAsync(ada, now, TimeSpan.FromMinutes(1)))));

        Assert.Single(waits, w => w is null);
        Assert.Equal(TimeSpan.FromSeconds(30), await processes[1].TryStartAsync(ada, now.AddSeconds(30), TimeSpan.FromMinutes(1)));
    }

    [PostgresFact]
    public async Task APostgresSchemaHoldingAnotherProgramsTablesIsRefusedAndLeftUntouched()
    {
        await using (var other = await OpenAsync())
        await using (var command = new NpgsqlCommand("CREATE TABLE invoices (id INTEGER PRIMARY KEY);", other))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var database = new PostgresDatabase(_database.Value.ConnectionString);
        var error = await Assert.ThrowsAsync<StorageException>(() => database.EnsureReadyAsync());

        Assert.Contains("already holds 1 table(s) of another program", error.Message);
        await using var connection = await OpenAsync();
        Assert.Equal(["invoices"], database.Tables(connection, null));
    }

    [Fact]
    public async Task APostgresServerThatRefusesConnectionsStopsStartUpWithOneLineNamingIt()
    {
        var port = ClosedPort();
        await using var database = new PostgresDatabase($"Host=127.0.0.1;Port={port};Username=tutorbot;Password=secret;Database=tutorbot;Timeout=3");

        var error = await Assert.ThrowsAsync<StorageException>(() => database.EnsureReadyAsync());

        Assert.StartsWith($"postgres://127.0.0.1:{port}/tutorbot cannot be used as the database (", error.Message);
        Assert.DoesNotContain("secret", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_database.Value.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
