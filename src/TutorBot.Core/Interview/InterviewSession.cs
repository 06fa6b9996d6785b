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

    public DateTimeOffset StartedAt { get; } = startedAt;

    public InterviewStatus Status { get; set; } = InterviewStatus.Active;

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>0-based index of the question being asked; equals the count once every question is finished.</summary>
    public int CurrentIndex { get; set; }

    public List<InterviewQuestion> Questions { get; } = [];

    public InterviewQuestion? Current => CurrentIndex < Questions.Count ? Questions[CurrentIndex] : null;

    /// <summary>An answer stored but not graded: the process stopped between the two transactions.</summary>
    public (InterviewQuestion Question, InterviewAnswer Answer)? FindUngradedAnswer()
    {
        foreach (var question in Questions)
        {
            foreach (var answer in question.Answers)
            {
                if (answer.Grade is null)
                {
                    return (question, answer);
                }
            }
        }

        return null;
    }
}
