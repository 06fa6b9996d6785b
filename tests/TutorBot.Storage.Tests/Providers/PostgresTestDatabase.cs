using TutorBot.Testing.Postgres;

namespace TutorBot.Storage.Tests.Providers;

/// <summary>A schema of its own on the test server for one test's host.</summary>
public sealed class PostgresTestDatabase(string folder) : TestDatabase
{
    private readonly PostgresTestSchema _schema = new();

    public string ConnectionString => _schema.ConnectionString;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = ConnectionString,
        ["Storage:Path"] = Path.Combine(folder, "unused.db"),
    };

    public override async Task AssertIntactAsync(IStoreDatabase database) =>
        Assert.Equal(["0"], await new DatabaseScan(database).ColumnAsync(
            "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema() AND NOT c.convalidated;"));

    public override void Dispose() => _schema.Dispose();
}
