using TutorBot.Core.Interview;
using TutorBot.Core.Review;

namespace TutorBot.Core.Persistence;

/// <summary>Interview sessions. Each method is one transaction.</summary>
public interface IInterviewRepository
{
    /// <summary>The user's running interview in a conversation, with its questions and every stored answer.</summary>
    Task<InterviewSession?> FindActiveAsync(long userId, string conversation, CancellationToken cancellationToken = default);

    /// <summary>The conversation of the user's running interview in any conversation (the latest started); null when none runs.</summary>
    Task<string?> FindActiveConversationAsync(long userId, CancellationToken cancellationToken = default);

    /// <summary>Stores an answer before it is graded; recording the same answer id twice stores it once.</summary>
    Task RecordAnswerAsync(Guid sessionId, int position, InterviewAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Writes the whole session (state, questions, answer grades) and the review cards it changed, atomically.</summary>
    Task SaveAsync(InterviewSession session, IReadOnlyList<ReviewCard> changedCards, CancellationToken cancellationToken = default);
}
