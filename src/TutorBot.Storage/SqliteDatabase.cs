using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TutorBot.Storage.Migrations;

namespace TutorBot.Storage;

/// <summary>
/// The TutorBot SQLite file: checked and migrated on first use (or at start-up), WAL mode, one short-lived pooled
/// connection per operation. Writes in this process queue on a gate instead of spinning on SQLITE_BUSY; other
/// processes sharing the file are covered by the busy timeout. Every write runs in one IMMEDIATE transaction.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly string _synchronous;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _migrateGate = new(1, 1);
    private volatile bool _ready;

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

    /// <summary>Checks the file is a TutorBot database (or new) and applies pending migrations; safe to call repeatedly.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (_ready)
        {
            return;
        }

        await _migrateGate.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                Prepare();
                _ready = true;
            }
        }
        finally
        {
            _migrateGate.Release();
        }
    }

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
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

    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
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

    public Task WriteAsync(Action<SqliteConnection, SqliteTransaction> write, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, transaction) =>
        {
            write(connection, transaction);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Checkpoints the write-ahead log into the database file and closes pooled connections, so that a stopped bot
    /// leaves one self-contained file. Every commit is already durable; this only tidies the WAL away.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (!_ready)
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
