using System.Data.Common;
using System.Globalization;
using TutorBot.Storage;

namespace TutorBot.Host.Commands;

/// <summary>
/// What the database holds after a bench, against what the simulated users sent and got back: every answer stored
/// and graded, each graded once (one feedback per answer), and no user ever in two interviews at the same time.
/// </summary>
public static class BenchInterviewCheck
{
    /// <returns>One line per broken rule; empty when all hold.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(IStoreDatabase database, BenchInterviewRun run, TextWriter output)
    {
        var (stored, graded, overlapping, running) = await database.ReadAsync(connection => (
            Count(connection, "SELECT count(*) FROM answers;"),
            Count(connection, "SELECT count(*) FROM answers WHERE graded;"),
            Count(connection, """
                SELECT count(DISTINCT a.user_id) FROM interviews a JOIN interviews b ON a.user_id = b.user_id AND a.id < b.id
                WHERE a.started_at < coalesce(b.ended_at, 9000000000000000) AND b.started_at < coalesce(a.ended_at, 9000000000000000);
                """),
            Count(connection, "SELECT count(*) FROM interviews WHERE status = 'active';")));
        output.WriteLine($"answers: {run.AnswersSent} sent, {stored} stored, {graded} graded, {run.GradesReceived} feedback replies");
        output.WriteLine($"users in two interviews at once: {overlapping}; interviews left running: {running}");

        var broken = new List<string>();
        if (stored != run.AnswersSent)
        {
            broken.Add($"{run.AnswersSent - stored} answer(s) lost (sent {run.AnswersSent}, stored {stored})");
        }

        if (graded != stored || run.GradesReceived != run.AnswersSent)
        {
            broken.Add($"answers not graded exactly once ({graded} of {stored} stored graded, {run.GradesReceived} feedback replies for {run.AnswersSent} answers)");
        }

        if (overlapping > 0)
        {
            broken.Add($"{overlapping} user(s) in two interviews at once");
        }

        return broken;
    }

    private static long Count(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
