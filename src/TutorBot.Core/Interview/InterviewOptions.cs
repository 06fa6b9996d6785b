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
    [Range(0, 5)]
    public int MaxFollowupsPerQuestion { get; set; } = 1;

    /// <summary>A follow-up is asked only when the question's score is below this (0-10).</summary>
    [Range(0, 10)]
    public double FollowupBelowScore { get; set; } = 8;

    /// <summary>The share of the score gained in a follow-up that counts: recovering a point after a prompt is worth less.</summary>
    [Range(0, 1)]
    public double FollowupCredit { get; set; } = 0.5;

    /// <summary>In a mixed interview, the share of questions that may be due reviews; the rest are new entries.</summary>
    [Range(0, 1)]
    public double DueShare { get; set; } = 0.6;
}
