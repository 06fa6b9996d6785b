using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TutorBot.Storage.Migrations;

/// <summary>
/// Refuses files that are not TutorBot databases before writing anything to them, switches to WAL and applies
/// pending migrations, each in its own transaction together with the new user_version.
/// </summary>
public sealed class DatabaseMigrator(string path, Func<SqliteConnection> open)
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public void Migrate()
    {
        var version = Inspect();
        using var connection = open();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = wal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageException($"{path}: could not switch the database to WAL mode (journal mode is {mode}).");
            }
        }

        foreach (var migration in SchemaMigrations.All.Where(m => m.Version > version))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;

            // Another process may have migrated in the meantime: re-read the version inside the write lock.
            command.CommandText = "PRAGMA user_version;";
            if (Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) >= migration.Version)
            {
                continue;
            }

            command.CommandText = migration.Sql
                + $"\nPRAGMA user_version = {migration.Version};\nPRAGMA application_id = {SchemaMigrations.ApplicationId};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The schema version of an existing TutorBot database, 0 for a new or empty file; throws for anything else.</summary>
    private int Inspect()
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return 0;
        }

        var header = new byte[SqliteHeader.Length];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new StorageException($"{path} is not an SQLite database. It was left untouched; move it away or point Storage:Path (--db) at another file.");
            }
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var check = Scalar(connection, "PRAGMA quick_check(1);") as string;
            if (!string.Equals(check, "ok", StringComparison.OrdinalIgnoreCase))
            {
                throw new StorageException($"{path} is a damaged SQLite database ({check}). It was left untouched; restore a backup or point Storage:Path (--db) at another file.");
            }

            var applicationId = Convert.ToInt32(Scalar(connection, "PRAGMA application_id;"), CultureInfo.InvariantCulture);
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            var tables = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';"), CultureInfo.InvariantCulture);
            if (applicationId == SchemaMigrations.ApplicationId)
            {
                return version <= SchemaMigrations.Latest
                    ? version
                    : throw new StorageException($"{path} has schema version {version}, newer than this TutorBot knows ({SchemaMigrations.Latest}). Upgrade TutorBot or use another file.");
            }

            if (applicationId == 0 && version == 0 && tables == 0)
            {
                return 0;
            }

            throw new StorageException($"{path} is an SQLite database of another program ({tables} table(s), application id {applicationId}). It was left untouched; point Storage:Path (--db) at another file.");
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"{path} cannot be read as a database ({ex.Message}). It was left untouched; point Storage:Path (--db) at another file.", ex);
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
