namespace TutorBot.Core.Interview;

/// <summary>A mock interview: its questions in order and where it stands.</summary>
public sealed class InterviewSession(Guid id, long userId, string conversation, InterviewMode mode, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;

    public long UserId { get; } = userId;

    public string Conversation { get; } = conversation;

    public InterviewMode Mode { get; } = mode;

    public string? Topic { get; init; }

    public int? Difficulty { get; init; }

    /// <summary>Timed mode: the time each question (and each follow-up) may take; null when untimed.</summary>
    public TimeSpan? TimePerQuestion { get; init; }

    public DateTimeOffset StartedAt { get; } = startedAt;

    public InterviewStatus Status { get; set; } = InterviewStatus.Active;

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>0-based index of the question being asked; equals the count once every question is finished.</summary>
    public int CurrentIndex { get; set; }

    public List<InterviewQuestion> Questions { get; } = [];

    public InterviewQuestion? Current => CurrentIndex < Questions.Count ? Questions[CurrentIndex] : null;

    /// <summary>
    /// An answer to the open question stored but not graded: the process stopped between the two transactions.
    /// (An answer left ungraded on a question the user then skipped or ended stays as it is.)
    /// </summary>
    public (InterviewQuestion Question, InterviewAnswer Answer)? FindUngradedAnswer() =>
        Status == InterviewStatus.Active && Current is { IsFinished: false } question && question.Answers.FirstOrDefault(a => a.Grade is null) is { } answer
            ? (question, answer)
            : null;
}
