using System.Data.Common;
using System.Globalization;
using Npgsql;
using TutorBot.Storage.Migrations;
using TutorBot.Storage.Repositories;

namespace TutorBot.Storage.Postgres;

/// <summary>
/// Applies pending <see cref="PostgresMigrations"/> in one transaction that holds an advisory lock on this schema, so that
/// bot processes starting together migrate once and the others wait, then see the new version. The versions applied
/// are rows of schema_migrations. A schema holding other tables but no TutorBot version is refused untouched.
/// </summary>
public sealed class PostgresMigrator(string describe)
{
    public void Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@application, hashtext(current_schema()));", transaction, ("@application", SchemaMigrations.ApplicationId));
        var tablesBefore = Count(connection, transaction, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_migrations';");
        connection.Execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());",
            transaction);
        var version = Count(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_migrations;");
        if (version > PostgresMigrations.Latest)
        {
            throw new StorageException($"{describe} has schema version {version}, newer than this TutorBot knows ({PostgresMigrations.Latest}). Upgrade TutorBot or use another database.");
        }

        if (version == 0 && tablesBefore > 0)
        {
            throw new StorageException($"{describe} already holds {tablesBefore} table(s) of another program. It was left untouched; point Storage:ConnectionString at an empty database or set its Search Path to a schema of its own.");
        }

        foreach (var migration in PostgresMigrations.All.Where(m => m.Version > version))
        {
            connection.Execute(migration.Sql, transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, description) VALUES (@version, @description);",
                transaction,
                ("@version", migration.Version),
                ("@description", migration.Description));
        }

        transaction.Commit();
    }

    private static int Count(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.Command(sql, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
