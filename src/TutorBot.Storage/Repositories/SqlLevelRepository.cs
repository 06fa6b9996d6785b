using TutorBot.Core.Level;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

public sealed class SqlLevelRepository(IStoreDatabase database, TimeProvider time) : ILevelRepository
{
    public Task<IReadOnlyList<LevelEstimate>> GetLevelsAsync(long userId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<LevelEstimate>>(connection =>
        {
            using var command = connection.Command(
                "SELECT topic, level, answers FROM level_estimates WHERE user_id = @user ORDER BY topic;",
                null,
                ("@user", userId));
            using var reader = command.ExecuteReader();
            var levels = new List<LevelEstimate>();
            while (reader.Read())
            {
                levels.Add(new LevelEstimate(reader.GetString(0), reader.GetDouble(1), reader.GetInt32(2)));
            }

            return levels;
        }, cancellationToken);

    public Task SaveLevelAsync(long userId, LevelEstimate estimate, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) => connection.Execute(
                """
                INSERT INTO level_estimates (user_id, topic, level, answers, updated_at) VALUES (@user, @topic, @level, @answers, @at)
                ON CONFLICT (user_id, topic) DO UPDATE SET level = excluded.level, answers = excluded.answers, updated_at = excluded.updated_at;
                """,
                transaction,
                ("@user", userId),
                ("@topic", estimate.Topic),
                ("@level", estimate.Level),
                ("@answers", estimate.Answers),
                ("@at", time.GetUtcNow().Millis())),
            cancellationToken);
}
