using System.Data.Common;

namespace TutorBot.Storage;

/// <summary>
/// The database the repositories run on (SQLite or PostgreSQL): migrated on first use, one short-lived pooled
/// connection per operation, every write in one transaction. Failures surface as StoreFailedException.
/// SQL given to it uses @name parameters and types both engines share (text, bigint milliseconds, double, boolean).
/// </summary>
public interface IStoreDatabase
{
    /// <summary>Where the data lives, for messages: a file path or a server and database name (never a password).</summary>
    string Describe { get; }

    /// <summary>Checks the database and applies pending migrations; safe to call repeatedly and from several processes.</summary>
    Task EnsureReadyAsync(CancellationToken cancellationToken = default);

    Task<T> ReadAsync<T>(Func<DbConnection, T> read, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="write"/> in one transaction; it may run again after a retryable conflict, so it must not keep state of its own.</summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, T> write, CancellationToken cancellationToken = default);

    /// <summary>The names of the tables the schema holds, migrations' own bookkeeping excluded.</summary>
    IReadOnlyList<string> Tables(DbConnection connection, DbTransaction? transaction);

    IReadOnlySet<string> Columns(DbConnection connection, DbTransaction? transaction, string table);

    /// <summary>Lets a transaction delete rows in any order, foreign keys being checked at commit (no-op where the order is kept).</summary>
    void DeferForeignKeys(DbConnection connection, DbTransaction transaction);

    /// <summary>Tidies up when the host stops; every commit is already durable.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
