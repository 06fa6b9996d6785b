using TutorBot.Core.Persistence;
using TutorBot.Core.Progress;

namespace TutorBot.Storage.Repositories;

public sealed class SqlProgressRepository(IStoreDatabase database) : IProgressRepository
{
    public Task<ProgressData> GetAsync(long userId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            int sessions;
            int finished;
            using (var counts = connection.Command(
                "SELECT CAST(count(*) AS INTEGER), CAST(count(CASE WHEN status = 'finished' THEN 1 END) AS INTEGER) FROM interviews WHERE user_id = @user;",
                null,
                ("@user", userId)))
            using (var reader = counts.ExecuteReader())
            {
                reader.Read();
                sessions = reader.GetInt32(0);
                finished = reader.GetInt32(1);
            }

            using var command = connection.Command(
                """
                SELECT q.entry_id, q.topic, coalesce(q.raw_score, 0) * q.max_score / 10.0, q.finished_at
                FROM interview_questions q JOIN interviews i ON i.id = q.interview_id
                WHERE i.user_id = @user AND q.finished_at IS NOT NULL
                ORDER BY q.finished_at, q.position;
                """,
                null,
                ("@user", userId));
            using var rows = command.ExecuteReader();
            var questions = new List<ScoredQuestion>();
            while (rows.Read())
            {
                questions.Add(new ScoredQuestion(rows.GetString(0), rows.GetString(1), rows.GetDouble(2), rows.Time(3)));
            }

            return new ProgressData(sessions, finished, questions);
        }, cancellationToken);
}
