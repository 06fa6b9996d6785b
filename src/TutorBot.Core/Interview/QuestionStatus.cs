namespace TutorBot.Core.Interview;

public enum QuestionStatus
{
    /// <summary>Not yet finished: waiting for the answer or for a follow-up answer.</summary>
    Open,
    Done,
    Skipped,
}
