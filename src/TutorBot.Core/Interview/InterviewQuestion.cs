namespace TutorBot.Core.Interview;

/// <summary>One question of an interview and everything that happened to it.</summary>
public sealed class InterviewQuestion(int position, string entryId, string topic)
{
    public const double FullMarks = 10;

    public int Position { get; } = position;

    public string EntryId { get; } = entryId;

    public string Topic { get; } = topic;

    public QuestionStatus Status { get; set; } = QuestionStatus.Open;

    /// <summary>Lowered by each hint: the final score is the graded score scaled by MaxScore / 10.</summary>
    public double MaxScore { get; set; } = FullMarks;

    public List<string> HintedKeyPoints { get; } = [];

    /// <summary>Follow-ups asked so far, in order; the last one waits for an answer while AwaitingFollowup.</summary>
    public List<AskedFollowup> Followups { get; } = [];

    public bool AwaitingFollowup { get; set; }

    /// <summary>The grade of the first answer, before follow-ups and hints.</summary>
    public double? FirstScore { get; set; }

    /// <summary>The graded 0-10 score including follow-ups, before hints lower the maximum; null until answered.</summary>
    public double? RawScore { get; set; }

    /// <summary>The score that counts: RawScore scaled by MaxScore / 10.</summary>
    public double? Score => RawScore * MaxScore / FullMarks;

    public AskedFollowup? PendingFollowup => AwaitingFollowup && Followups.Count > 0 ? Followups[^1] : null;

    /// <summary>When the open prompt (the question or the waiting follow-up) was put; timed mode counts from it.</summary>
    public DateTimeOffset? PromptedAt { get; set; }

    public List<string> Covered { get; } = [];

    public List<string> Missed { get; } = [];

    public DateTimeOffset? FinishedAt { get; set; }

    public List<InterviewAnswer> Answers { get; } = [];

    public bool IsFinished => Status != QuestionStatus.Open;

    /// <summary>The turn the next answer belongs to: 0 for the question, k while follow-up k waits.</summary>
    public int NextTurn => AwaitingFollowup ? Followups.Count : 0;
}
