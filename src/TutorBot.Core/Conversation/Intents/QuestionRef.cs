using TutorBot.Core.Interview;

namespace TutorBot.Core.Conversation.Intents;

/// <summary>
/// One prompt of one interview: the question's number (1-based) and the attempt, 0 for the question itself and k
/// while its k-th follow-up waits. An intent that carries it acts only while that prompt is still the open one.
/// </summary>
public sealed record QuestionRef(Guid InterviewId, int Question, int Attempt)
{
    public static QuestionRef Of(InterviewSession session, InterviewQuestion question) => new(session.Id, question.Position, question.NextTurn);

    /// <summary>True while the session runs and this is its open prompt.</summary>
    public bool IsOpenIn(InterviewSession? session) =>
        session is { Status: InterviewStatus.Active, Current: { } current } && session.Id == InterviewId && Of(session, current) == this;
}
