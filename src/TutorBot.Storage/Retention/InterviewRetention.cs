using TutorBot.Storage.Repositories;

namespace TutorBot.Storage.Retention;

/// <summary>Deletes interviews (with their questions, answers and grades) that ended, or were left, before a cutoff; users and review schedules stay.</summary>
public sealed class InterviewRetention(IStoreDatabase database)
{
    /// <returns>How many interviews were deleted.</returns>
    public Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        database.WriteAsync((connection, transaction) =>
        {
            const string Old = "SELECT id FROM interviews WHERE COALESCE(ended_at, started_at) < @cutoff";
            database.DeferForeignKeys(connection, transaction);
            foreach (var table in UserOwnedTables.InterviewTables(database, connection, transaction))
            {
                connection.Execute($"DELETE FROM {UserOwnedTables.Quote(table)} WHERE interview_id IN ({Old});", transaction, ("@cutoff", cutoff.Millis()));
            }

            return connection.Execute($"DELETE FROM interviews WHERE id IN ({Old});", transaction, ("@cutoff", cutoff.Millis()));
        }, cancellationToken);
}
