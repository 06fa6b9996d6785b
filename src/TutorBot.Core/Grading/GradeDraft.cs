using TutorBot.Core.Bank;
using TutorBot.Core.Grading.Rubric;

namespace TutorBot.Core.Grading;

/// <summary>A grade before the feedback is written: the score, what each key point got, and notes for the user.</summary>
public sealed class GradeDraft
{
    public double Score { get; set; }

    public double Confidence { get; set; }

    public List<PointCoverage> Points { get; } = [];

    public List<string> Methods { get; } = [];

    /// <summary>Things the feedback must say (truncation, wrong language, a wrong figure), in both languages.</summary>
    public List<LocalizedText> Notes { get; } = [];

    /// <summary>Hints from a model judge about what is missing, already in the user's language.</summary>
    public List<string> JudgeRemarks { get; } = [];
}
