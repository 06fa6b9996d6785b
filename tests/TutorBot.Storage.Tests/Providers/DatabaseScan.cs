using System.Globalization;

namespace TutorBot.Storage.Tests.Providers;

/// <summary>Reads a database table by table, every column of every row, without knowing its schema.</summary>
public sealed class DatabaseScan(IStoreDatabase database)
{
    /// <summary>Every row of every table, each cell as "column=value".</summary>
    public Task<List<(string Table, List<(string Column, string? Value)> Cells)>> RowsAsync() =>
        database.ReadAsync(connection =>
        {
            var rows = new List<(string, List<(string, string?)>)>();
            foreach (var table in database.Tables(connection, null))
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1;";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var cells = Enumerable.Range(0, reader.FieldCount)
                        .Select(i => (reader.GetName(i), reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))
                        .ToList();
                    rows.Add((table, cells));
                }
            }

            return rows;
        });

    public Task<List<string>> ColumnAsync(string sql) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read())
            {
                values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            }

            return values;
        });
}
