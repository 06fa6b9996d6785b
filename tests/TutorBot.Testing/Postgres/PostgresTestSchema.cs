using Npgsql;

namespace TutorBot.Testing.Postgres;

/// <summary>A schema of its own on the test server, which <see cref="ConnectionString"/>'s Search Path points at; dropped when disposed.</summary>
public sealed class PostgresTestSchema : IDisposable
{
    private readonly string _schema = $"test_{Guid.NewGuid():N}";
    private readonly string _server = PostgresTestServer.RequireConnectionString();

    public PostgresTestSchema()
    {
        Execute($"CREATE SCHEMA {_schema};");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ToString();
    }

    public string ConnectionString { get; }

    /// <summary>The TUTORBOT__ variables that point a tutorbot process at this schema.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["TUTORBOT__Storage__Provider"] = "postgres",
        ["TUTORBOT__Storage__ConnectionString"] = ConnectionString,
    };

    /// <summary>The first column of every row a query returns, as text; empty while the table does not exist yet.</summary>
    public List<string> Column(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        try
        {
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }

            return values;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return [];
        }
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
