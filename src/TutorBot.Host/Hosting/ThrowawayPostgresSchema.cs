using Npgsql;
using TutorBot.Storage;

namespace TutorBot.Host.Hosting;

/// <summary>
/// A fresh schema on the configured PostgreSQL server (Storage:ConnectionString), for verbs that play users through the
/// real tutor without touching the bot's own data; dropped with everything in it when this is disposed.
/// </summary>
public sealed class ThrowawayPostgresSchema : IThrowawayStore
{
    private readonly string _server;
    private readonly string _schema;

    public ThrowawayPostgresSchema(string purpose, string? connectionString)
    {
        _server = connectionString is { Length: > 0 }
            ? connectionString
            : throw new StorageException("--storage postgres needs a server: set Storage:ConnectionString (TUTORBOT__Storage__ConnectionString).");
        _schema = $"tutorbot_{purpose}_{Guid.NewGuid():N}";
        try
        {
            Execute($"CREATE SCHEMA {_schema};");
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
        {
            throw new StorageException($"cannot create a throwaway schema on the PostgreSQL server of Storage:ConnectionString ({ex.Message}).", ex);
        }

        Settings = new Dictionary<string, string>
        {
            [$"{StorageOptions.SectionName}:Provider"] = "postgres",
            [$"{StorageOptions.SectionName}:ConnectionString"] = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ToString(),
        };
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
        }
        catch (NpgsqlException)
        {
            // The server went away; the schema stays, named tutorbot_<purpose>_<guid>, for a later cleanup.
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
