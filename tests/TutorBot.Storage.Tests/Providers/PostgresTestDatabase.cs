using Npgsql;

namespace TutorBot.Storage.Tests.Providers;

/// <summary>A schema of its own on the test server, which the connection string's Search Path points at; dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _schema = $"test_{Guid.NewGuid():N}";
    private readonly string _server = PostgresTestServer.RequireConnectionString();

    public PostgresTestDatabase(string folder)
    {
        Folder = folder;
        Execute($"CREATE SCHEMA {_schema};");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ToString();
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:Path"] = Path.Combine(Folder, "unused.db"),
    };

    public override async Task AssertIntactAsync(IStoreDatabase database) =>
        Assert.Equal(["0"], await new DatabaseScan(database).ColumnAsync(
            "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND NOT c.convalidated;"));

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
