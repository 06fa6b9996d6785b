namespace TutorBot.Storage.Migrations;

/// <summary>Migration 7, in the SQL both engines accept: each user keeps their latest running interview, and an index holds it so.</summary>
public static class OneRunningInterviewPerUser
{
    public const string Description = "one running interview per user, whatever the conversation, held by the database across processes";

    public const string KeepLatestRunning = """
        UPDATE interviews SET status = 'abandoned', ended_at = COALESCE(ended_at, started_at)
        WHERE status = 'active' AND id <> (
            SELECT latest.id FROM interviews AS latest
            WHERE latest.user_id = interviews.user_id AND latest.status = 'active'
            ORDER BY latest.started_at DESC, latest.id DESC LIMIT 1);
        """;

    public const string CreateIndex = "CREATE UNIQUE INDEX interviews_one_active_per_user ON interviews (user_id) WHERE status = 'active';";
}
