using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Repositories;

public sealed class SqlInterviewOwners(IStoreDatabase database) : IInterviewOwners
{
    public Task<IReadOnlyList<UserRef>> ActiveInAsync(ConversationKey conversation, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<UserRef>>(connection =>
        {
            using var command = connection.Command(
                """
                SELECT u.frontend, u.external_id, u.display_name FROM interviews i JOIN users u ON u.id = i.user_id
                WHERE i.conversation = @conversation AND i.status = 'active'
                ORDER BY i.started_at DESC;
                """,
                null,
                ("@conversation", TutorService.ConversationId(conversation)));
            using var reader = command.ExecuteReader();
            var owners = new List<UserRef>();
            while (reader.Read())
            {
                owners.Add(new UserRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return owners;
        }, cancellationToken);
}
