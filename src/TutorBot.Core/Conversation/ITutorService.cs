namespace TutorBot.Core.Conversation;

/// <summary>The one entry point every front-end calls; state is persisted before the replies are returned.</summary>
public interface ITutorService
{
    Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default);
}
