using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

public sealed class SqlConversationContextStore(IStoreDatabase database) : IConversationContextStore
{
    public Task<IReadOnlyList<ContextTurn>> RecentAsync(long userId, string conversation, DateTimeOffset notBefore, int max, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<ContextTurn>>(connection =>
        {
            using var command = connection.Command(
                """
                SELECT question, language, entry_ids, asked_at FROM conversation_turns
                WHERE user_id = @user AND conversation = @conversation AND asked_at >= @since
                ORDER BY asked_at DESC, id DESC LIMIT @max;
                """,
                null,
                ("@user", userId),
                ("@conversation", conversation),
                ("@since", notBefore.Millis()),
                ("@max", max));
            using var reader = command.ExecuteReader();
            var turns = new List<ContextTurn>();
            while (reader.Read())
            {
                var language = LanguageDetector.TryParse(reader.GetString(1), out var parsed) ? parsed : Language.En;
                turns.Add(new ContextTurn(reader.GetString(0), language, reader.FromJson<List<string>>(2), reader.Time(3)));
            }

            return turns;
        }, cancellationToken);

    public Task AppendAsync(long userId, string conversation, ContextTurn turn, int keep, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction) =>
            {
                connection.Execute(
                    """
                    INSERT INTO conversation_turns (user_id, conversation, question, language, entry_ids, asked_at)
                    VALUES (@user, @conversation, @question, @language, @entries, @at);
                    """,
                    transaction,
                    ("@user", userId),
                    ("@conversation", conversation),
                    ("@question", turn.Question),
                    ("@language", turn.Language.Code()),
                    ("@entries", DbCommandExtensions.Json(turn.EntryIds)),
                    ("@at", turn.AskedAt.Millis()));
                connection.Execute(
                    """
                    DELETE FROM conversation_turns WHERE user_id = @user AND conversation = @conversation AND id NOT IN (
                        SELECT id FROM conversation_turns WHERE user_id = @user AND conversation = @conversation
                        ORDER BY asked_at DESC, id DESC LIMIT @keep);
                    """,
                    transaction,
                    ("@user", userId),
                    ("@conversation", conversation),
                    ("@keep", keep));
            },
            cancellationToken);
}
