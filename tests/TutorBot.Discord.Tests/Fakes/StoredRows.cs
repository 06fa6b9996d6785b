using Microsoft.Data.Sqlite;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>Reads a TutorBot SQLite file directly (read-only), to check what the bot stored.</summary>
public static class StoredRows
{
    public static object? Scalar(string databasePath, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }

    /// <summary>Every cell of every table, as (table, column, value) with the value as text.</summary>
    public static IReadOnlyList<(string Table, string Column, string Value)> AllCells(string databasePath)
    {
        using var connection = Open(databasePath);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var cells = new List<(string, string, string)>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add((table, reader.GetName(i), reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
                }
            }
        }

        return cells;
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
