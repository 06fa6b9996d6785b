using Microsoft.Data.Sqlite;
using TutorBot.Storage;

namespace TutorBot.Host.Hosting;

/// <summary>
/// A fresh SQLite file in a folder of its own under the temp directory, for verbs that play users through the real
/// tutor without touching the user's database; the folder goes when this is disposed (after the host that used it).
/// </summary>
public sealed class ThrowawayDatabase : IThrowawayStore
{
    private readonly string _folder;

    public ThrowawayDatabase(string purpose)
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tutorbot-{purpose}-{Guid.NewGuid():N}");
        Path = System.IO.Path.Combine(_folder, $"{purpose}.db");
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"{StorageOptions.SectionName}:Provider"] = "sqlite",
        [$"{StorageOptions.SectionName}:Path"] = Path,
    };

    public void Dispose()
    {
        // Pooled connections keep the file open; they must close before it can go.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created: the verb stopped before storage was used.
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
