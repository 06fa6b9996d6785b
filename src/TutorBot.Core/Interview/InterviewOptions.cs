using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Interview;

public sealed class InterviewOptions
{
    public const string SectionName = "Interview";

    [Range(1, 50)]
    public int DefaultQuestionCount { get; set; } = 5;

    [Range(1, 50)]
    public int MaxQuestionCount { get; set; } = 20;

    /// <summary>Follow-ups asked at most per question.</summary>
    [Range(0, 2)]
    public int MaxFollowupsPerQuestion { get; set; } = 2;

    /// <summary>An answer graded below this (0-10) is treated as blank: it gets a scaffold, then the interview moves on.</summary>
    [Range(0, 10)]
    public double BlankBelow { get; set; } = 2;

    /// <summary>An answer graded at or above this (0-10) is strong: it gets at most a stretch question.</summary>
    [Range(0, 10)]
    public double StrongFrom { get; set; } = 8;

    /// <summary>The share of a key point's worth that a follow-up earns when it recovers that point.</summary>
    [Range(0, 1)]
    public double FollowupCredit { get; set; } = 0.5;

    /// <summary>In a mixed interview, the share of questions that may be due reviews; the rest are new entries.</summary>
    [Range(0, 1)]
    public double DueShare { get; set; } = 0.6;

    /// <summary>Minutes per question in timed mode when /interview ... timed names none.</summary>
    [Range(1, 60)]
    public int DefaultTimedMinutes { get; set; } = 3;
}
