namespace TutorBot.Core.Interview;

public enum InterviewMode
{
    /// <summary>Due entries first, then new ones (optionally one topic or difficulty).</summary>
    Practice,

    /// <summary>Only entries due for review, weakest first.</summary>
    Review,
}
