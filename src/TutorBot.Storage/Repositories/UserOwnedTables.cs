using System.Data.Common;

namespace TutorBot.Storage.Repositories;

/// <summary>
/// Which rows of which table belong to a user, read from the schema itself so that tables added by later migrations
/// are covered: users by id, tables with a user_id column, and tables with an interview_id of one of the user's interviews.
/// </summary>
internal static class UserOwnedTables
{
    public const string UserParameter = "@user";

    /// <summary>Each user-owned table with the WHERE clause selecting the user's rows, interview-owned tables first so that they can be deleted before the interviews they point to.</summary>
    public static IReadOnlyList<(string Table, string Where)> Read(IStoreDatabase database, DbConnection connection, DbTransaction? transaction)
    {
        var owned = new List<(string Table, string Where, int Order)>();
        foreach (var table in database.Tables(connection, transaction))
        {
            var columns = database.Columns(connection, transaction, table);
            if (table == "users")
            {
                owned.Add((table, $"id = {UserParameter}", 2));
            }
            else if (columns.Contains("interview_id") && table != "interviews")
            {
                owned.Add((table, $"interview_id IN (SELECT id FROM interviews WHERE user_id = {UserParameter})", 0));
            }
            else if (columns.Contains("user_id"))
            {
                owned.Add((table, $"user_id = {UserParameter}", 1));
            }
        }

        return owned.OrderBy(t => t.Order).ThenBy(t => t.Table, StringComparer.Ordinal).Select(t => (t.Table, t.Where)).ToList();
    }

    /// <summary>Tables whose rows belong to an interview (questions, answers, ...), found by their interview_id column.</summary>
    public static IReadOnlyList<string> InterviewTables(IStoreDatabase database, DbConnection connection, DbTransaction? transaction) =>
        Read(database, connection, transaction).Where(t => t.Where.StartsWith("interview_id", StringComparison.Ordinal)).Select(t => t.Table).ToList();

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
