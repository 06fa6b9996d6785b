namespace TutorBot.Core.Interview;

/// <summary>
/// One answer as the user wrote it. Turn 0 answers the question, turn k the k-th follow-up.
/// Grade is null between storing the answer and grading it (a crash there is recovered on the next input).
/// </summary>
public sealed class InterviewAnswer(Guid id, int turn, string text, DateTimeOffset answeredAt)
{
    public Guid Id { get; } = id;

    public int Turn { get; } = turn;

    public string Text { get; } = text;

    public DateTimeOffset AnsweredAt { get; } = answeredAt;

    public AnswerGrade? Grade { get; set; }

    /// <summary>Time from the prompt to this answer, when the prompt's time was known.</summary>
    public TimeSpan? Elapsed { get; init; }

    /// <summary>Given after the timed interview's budget for its prompt ran out.</summary>
    public bool Late { get; init; }
}
