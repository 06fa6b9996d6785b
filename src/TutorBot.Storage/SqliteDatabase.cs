using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TutorBot.Core.Persistence;
using TutorBot.Storage.Migrations;
using TutorBot.Storage.Repositories;

namespace TutorBot.Storage;

/// <summary>
/// The TutorBot SQLite file: checked and migrated on first use (or at start-up), WAL mode, one short-lived pooled
/// connection per operation. Writes in this process queue on a gate instead of spinning on SQLITE_BUSY; other
/// processes sharing the file are covered by the busy timeout. Every write runs in one IMMEDIATE transaction.
/// </summary>
public sealed class SqliteDatabase : IStoreDatabase
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly string _synchronous;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReadyOnce _ready = new();

    public SqliteDatabase(IOptions<StorageOptions> options)
        : this(options.Value.Path, options.Value.BusyTimeoutSeconds, options.Value.Synchronous)
    {
    }

    public SqliteDatabase(string path, int busyTimeoutSeconds = 30, string synchronous = "Full")
    {
        _synchronous = synchronous.Equals("normal", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL";
        Path = System.IO.Path.GetFullPath(path);
        _busyTimeoutMs = busyTimeoutSeconds * 1000;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
    }

    public string Path { get; }

    public string Describe => Path;

    /// <summary>Checks the file is a TutorBot database (or new) and applies pending migrations; safe to call repeatedly.</summary>
    public Task EnsureReadyAsync(CancellationToken cancellationToken = default) =>
        _ready.EnsureAsync(
            _ =>
            {
                Prepare();
                return Task.CompletedTask;
            },
            cancellationToken);

    public async Task<T> ReadAsync<T>(Func<DbConnection, T> read, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
        EnsureFileStillThere(write: false);
        try
        {
            using var connection = Open();
            return read(connection);
        }
        catch (SqliteException ex)
        {
            throw StoreFaults.Describe(ex, Path, write: false);
        }
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> write, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            EnsureFileStillThere(write: true);
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = write(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException ex)
        {
            throw StoreFaults.Describe(ex, Path, write: true);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public IReadOnlyList<string> Tables(DbConnection connection, DbTransaction? transaction) =>
        connection.Strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;", transaction);

    public IReadOnlySet<string> Columns(DbConnection connection, DbTransaction? transaction, string table) =>
        connection.Strings("SELECT name FROM pragma_table_info(@table);", transaction, ("@table", table)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public void DeferForeignKeys(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("PRAGMA defer_foreign_keys = ON;", transaction);

    /// <summary>
    /// Checkpoints the write-ahead log into the database file and closes pooled connections, so that a stopped bot
    /// leaves one self-contained file. Every commit is already durable; this only tidies the WAL away.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!_ready.IsReady)
        {
            return;
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using (var connection = Open())
            using (var checkpoint = connection.CreateCommand())
            {
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                checkpoint.ExecuteNonQuery();
            }

            SqliteConnection.ClearAllPools();
        }
        catch (SqliteException)
        {
            // Another process may hold the file; its own checkpoint, or the next start, moves the log in.
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private void Prepare()
    {
        if (Directory.Exists(Path))
        {
            throw new StorageException($"{Path} is a directory, not a database file; point Storage:Path (--db) at a file.");
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            new DatabaseMigrator(Path, Open).Migrate();
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"{Path} cannot be opened as the database ({ex.Message}); check that its folder exists and is writable, or point Storage:Path (--db) elsewhere.", ex);
        }
    }

    /// <summary>
    /// A file deleted under a running bot still takes writes through the open connections, which vanish with the
    /// process, and a new connection would create an empty database in its place: either loses answers silently.
    /// </summary>
    private void EnsureFileStillThere(bool write)
    {
        if (!File.Exists(Path))
        {
            SqliteConnection.ClearAllPools();
            throw new StoreFailedException(StoreFault.Removed, write, $"the database {Path} was deleted or moved while the bot was running; restore it or restart the bot");
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = {_synchronous};";
        pragmas.ExecuteNonQuery();
        return connection;
    }
}
