using Microsoft.Data.Sqlite;

namespace TutorBot.Storage.Tests.Providers;

public sealed class SqliteTestDatabase(string folder) : TestDatabase
{
    public string Path { get; } = System.IO.Path.Combine(folder, "tutorbot.db");

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:Provider"] = "sqlite", ["Storage:Path"] = Path };

    public override async Task AssertIntactAsync(IStoreDatabase database) =>
        Assert.Equal(["ok"], await new DatabaseScan(database).ColumnAsync("PRAGMA integrity_check;"));

    public override void Dispose() => SqliteConnection.ClearAllPools();
}
