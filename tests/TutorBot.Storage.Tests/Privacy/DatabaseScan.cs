using Microsoft.Data.Sqlite;

namespace TutorBot.Storage.Tests.Privacy;

/// <summary>Reads a database file table by table, every column of every row, without knowing its schema.</summary>
public sealed class DatabaseScan(string path)
{
    /// <summary>Every row of every table, each cell as "column=value".</summary>
    public List<(string Table, List<(string Column, string? Value)> Cells)> Rows()
    {
        using var connection = Open();
        var rows = new List<(string, List<(string, string?)>)>();
        foreach (var table in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => (reader.GetName(i), reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))
                    .ToList();
                rows.Add((table, cells));
            }
        }

        return rows;
    }

    public List<string> Column(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
