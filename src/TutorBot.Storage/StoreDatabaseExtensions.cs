using System.Data.Common;

namespace TutorBot.Storage;

public static class StoreDatabaseExtensions
{
    public static Task WriteAsync(this IStoreDatabase database, Action<DbConnection, DbTransaction> write, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) =>
            {
                write(connection, transaction);
                return true;
            },
            cancellationToken);
}
