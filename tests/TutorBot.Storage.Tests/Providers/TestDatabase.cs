namespace TutorBot.Storage.Tests.Providers;

/// <summary>A database of its own for one test, on one provider; gone when disposed.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The Storage:* settings that point a host at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Checks that nothing stored was damaged (SQLite's integrity check; PostgreSQL's constraints all hold).</summary>
    public abstract Task AssertIntactAsync(IStoreDatabase database);

    /// <summary>The database of a test class: PostgreSQL when its name says so, SQLite otherwise.</summary>
    public static TestDatabase For(object test, string folder) =>
        test.GetType().Name.Contains("Postgres", StringComparison.Ordinal) ? new PostgresTestDatabase(folder) : new SqliteTestDatabase(folder);

    public abstract void Dispose();
}
