using System.Data.Common;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

public sealed class SqlUserDataRepository(IStoreDatabase database, TimeProvider clock) : IUserDataRepository
{
    public Task<UserDataExport?> ExportAsync(string frontend, string externalId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            if (FindUser(connection, null, frontend, externalId) is not { } userId)
            {
                return null;
            }

            var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>();
            foreach (var (table, where) in UserOwnedTables.Read(database, connection, null))
            {
                tables[table] = Rows(connection, table, where, userId);
            }

            return new UserDataExport(frontend, externalId, clock.GetUtcNow(), tables);
        }, cancellationToken);

    public Task<int> DeleteAsync(string frontend, string externalId, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            if (FindUser(connection, transaction, frontend, externalId) is not { } userId)
            {
                return 0;
            }

            database.DeferForeignKeys(connection, transaction);
            return UserOwnedTables.Read(database, connection, transaction).Sum(owned =>
                connection.Execute($"DELETE FROM {UserOwnedTables.Quote(owned.Table)} WHERE {owned.Where};", transaction, (UserOwnedTables.UserParameter, userId)));
        }, cancellationToken);

    private static long? FindUser(DbConnection connection, DbTransaction? transaction, string frontend, string externalId)
    {
        using var command = connection.Command("SELECT id FROM users WHERE frontend = @frontend AND external_id = @external;", transaction, ("@frontend", frontend), ("@external", externalId));
        return command.ExecuteScalar() is long id ? id : null;
    }

    private static List<IReadOnlyDictionary<string, object?>> Rows(DbConnection connection, string table, string where, long userId)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        using var command = connection.Command($"SELECT * FROM {UserOwnedTables.Quote(table)} WHERE {where};", null, (UserOwnedTables.UserParameter, userId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
