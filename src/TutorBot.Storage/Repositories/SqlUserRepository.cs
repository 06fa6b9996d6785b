using System.Data.Common;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

public sealed class SqlUserRepository(IStoreDatabase database, TimeProvider time) : IUserRepository
{
    public async Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        // Most turns come from a known user: read first, write only for a new user or a new display name.
        var known = await database.ReadAsync(connection => Find(connection, null, user), cancellationToken);
        if (known is not null && known.DisplayName == user.DisplayName)
        {
            return known;
        }

        return await database.WriteAsync((connection, transaction) =>
        {
            connection.Execute(
                """
                INSERT INTO users (frontend, external_id, display_name, created_at) VALUES (@frontend, @id, @name, @now)
                ON CONFLICT (frontend, external_id) DO UPDATE SET display_name = excluded.display_name
                WHERE users.display_name <> excluded.display_name;
                """,
                transaction,
                ("@frontend", user.Frontend),
                ("@id", user.UserId),
                ("@name", user.DisplayName),
                ("@now", time.GetUtcNow().Millis()));
            return Find(connection, transaction, user)!;
        }, cancellationToken);
    }

    private static UserProfile? Find(DbConnection connection, DbTransaction? transaction, UserRef user)
    {
            using var command = connection.Command(
                "SELECT id, display_name, language, language_pinned FROM users WHERE frontend = @frontend AND external_id = @id;",
                transaction,
                ("@frontend", user.Frontend),
                ("@id", user.UserId));
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            Language? language = LanguageDetector.TryParse(reader.NullableString(2), out var parsed) ? parsed : null;
            return new UserProfile(reader.GetInt64(0), user.Frontend, user.UserId, reader.GetString(1), language)
            {
                LanguagePinned = reader.GetBoolean(3),
            };
    }

    public Task SetLanguageAsync(long userId, Language language, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) => connection.Execute("UPDATE users SET language = @language WHERE id = @id;", transaction, ("@language", language.Code()), ("@id", userId)),
            cancellationToken);

    public Task PinLanguageAsync(long userId, Language? language, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) => connection.Execute(
                "UPDATE users SET language = coalesce(@language, language), language_pinned = @pinned WHERE id = @id;",
                transaction,
                ("@language", language?.Code()),
                ("@pinned", language is not null),
                ("@id", userId)),
            cancellationToken);
}
