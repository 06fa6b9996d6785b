using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using TutorBot.Storage.Repositories;

namespace TutorBot.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by any number of bot processes: migrated on first use under an advisory lock, one
/// pooled connection per operation, every write in one READ COMMITTED transaction. What must hold across processes
/// (one running interview per user and conversation, an answer stored once) is a constraint of the schema; a write
/// that hits a serialization failure or a deadlock runs again, a few times, before it is reported as busy.
/// </summary>
public sealed class PostgresDatabase : IStoreDatabase, IAsyncDisposable
{
    private const int WriteAttempts = 4;
    private readonly NpgsqlDataSource _dataSource;
    private readonly ReadyOnce _ready = new();

    public PostgresDatabase(IOptions<StorageOptions> options)
        : this(options.Value.ConnectionString ?? throw new StorageException("Storage:Provider is postgres but Storage:ConnectionString (TUTORBOT__Storage__ConnectionString) is not set."))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new StorageException($"Storage:ConnectionString is not a valid PostgreSQL connection string ({ex.Message}).", ex);
        }

        Describe = $"postgres://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}"
            + (string.IsNullOrEmpty(builder.SearchPath) ? "" : $" (schema {builder.SearchPath})");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Describe { get; }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _ready.EnsureAsync(
                async token =>
                {
                    await using var connection = await _dataSource.OpenConnectionAsync(token);
                    new PostgresMigrator(Describe).Migrate(connection);
                },
                cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            throw new StorageException($"{Describe} cannot be used as the database ({ex.Message}); check Storage:ConnectionString and that the server runs.", ex);
        }
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, T> read, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
        try
        {
            using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return read(connection);
        }
        catch (NpgsqlException ex)
        {
            throw PostgresFaults.Describe(ex, Describe, write: false);
        }
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> write, CancellationToken cancellationToken = default)
    {
        await EnsureReadyAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
                var result = write(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (NpgsqlException ex) when (PostgresFaults.IsRetryable(ex) && attempt < WriteAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * attempt + Random.Shared.Next(20)), cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                throw PostgresFaults.Describe(ex, Describe, write: true);
            }
        }
    }

    public IReadOnlyList<string> Tables(DbConnection connection, DbTransaction? transaction) =>
        connection.Strings(
            """
            SELECT table_name::text FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
            ORDER BY table_name;
            """,
            transaction);

    public IReadOnlySet<string> Columns(DbConnection connection, DbTransaction? transaction, string table) =>
        connection.Strings(
            "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table;",
            transaction,
            ("@table", table)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nothing to do: the deletes run children first (answers, questions, then interviews and users).</summary>
    public void DeferForeignKeys(DbConnection connection, DbTransaction transaction)
    {
    }

    public Task FlushAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
