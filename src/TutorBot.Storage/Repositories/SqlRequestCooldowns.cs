using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

/// <summary>
/// Cooldowns as one row per user (request_cooldowns), claimed by a conditional upsert: the row is written only when the
/// stored cooldown has run out, and the database serialises two processes claiming it at once.
/// </summary>
public sealed class SqlRequestCooldowns(IStoreDatabase database) : IRequestCooldowns
{
    public Task<TimeSpan?> TryStartAsync(UserRef user, DateTimeOffset now, TimeSpan cooldown, CancellationToken cancellationToken = default) =>
        database.WriteAsync<TimeSpan?>(
            (connection, transaction) =>
            {
                connection.Execute(
                    """
                    INSERT INTO users (frontend, external_id, display_name, created_at) VALUES (@frontend, @external, @name, @now)
                    ON CONFLICT (frontend, external_id) DO NOTHING;
                    """,
                    transaction,
                    ("@frontend", user.Frontend),
                    ("@external", user.UserId),
                    ("@name", user.DisplayName),
                    ("@now", now.Millis()));
                var claimed = connection.Execute(
                    """
                    INSERT INTO request_cooldowns (user_id, started_at)
                    SELECT id, @now FROM users WHERE frontend = @frontend AND external_id = @external
                    ON CONFLICT (user_id) DO UPDATE SET started_at = excluded.started_at
                    WHERE request_cooldowns.started_at <= @expired;
                    """,
                    transaction,
                    ("@frontend", user.Frontend),
                    ("@external", user.UserId),
                    ("@now", now.Millis()),
                    ("@expired", (now - cooldown).Millis()));
                if (claimed > 0)
                {
                    return null;
                }

                using var command = connection.Command(
                    "SELECT c.started_at FROM request_cooldowns c JOIN users u ON u.id = c.user_id WHERE u.frontend = @frontend AND u.external_id = @external;",
                    transaction,
                    ("@frontend", user.Frontend),
                    ("@external", user.UserId));
                var started = DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
                return cooldown - (now - started);
            },
            cancellationToken);
}
