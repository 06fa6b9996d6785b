namespace TutorBot.Core.Interview;

public enum InterviewStatus
{
    Active,
    Finished,

    /// <summary>Replaced by a new interview before it ended.</summary>
    Abandoned,
}
