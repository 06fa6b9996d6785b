namespace TutorBot.Core.Interview;

/// <summary>How an answer went, as the interviewer reacts to it.</summary>
public enum AnswerLevel
{
    /// <summary>Nothing, "I don't know", or a very low score: scaffold, then move on.</summary>
    Blank,

    /// <summary>Some points made, some missed: probe the heaviest missed point.</summary>
    Partial,

    /// <summary>Most of the answer there: at most one stretch question, or move on.</summary>
    Strong,
}
