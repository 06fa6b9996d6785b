namespace TutorBot.Core.Conversation;

/// <summary>The one entry point every front-end calls; state is persisted before the replies are returned.</summary>
public interface ITutorService
{
    Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default);

    /// <summary>Where the user's running interview is, in any conversation of their front-end; null when none runs.</summary>
    Task<ConversationKey?> FindRunningInterviewAsync(UserRef user, CancellationToken cancellationToken = default);
}
