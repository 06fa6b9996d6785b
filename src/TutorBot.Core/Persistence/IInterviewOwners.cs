using TutorBot.Core.Conversation;

namespace TutorBot.Core.Persistence;

/// <summary>Who runs the interviews under way in a conversation, read from storage so that it survives a restart.</summary>
public interface IInterviewOwners
{
    /// <summary>The owners of the active interviews in the conversation, latest started first; empty when none runs.</summary>
    Task<IReadOnlyList<UserRef>> ActiveInAsync(ConversationKey conversation, CancellationToken cancellationToken = default);
}
