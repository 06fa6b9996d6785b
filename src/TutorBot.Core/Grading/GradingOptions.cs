using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Grading;

public sealed class GradingOptions
{
    public const string SectionName = "Grading";

    /// <summary>Longer answers are graded on this prefix, and the feedback says so.</summary>
    [Range(200, 1_000_000)]
    public int MaxAnswerChars { get; set; } = 6000;

    /// <summary>How far (on 0-10) the model judge may move the score away from the deterministic one.</summary>
    [Range(0.0, 10.0)]
    public double JudgeMaxShift { get; set; } = 2.0;

    [Range(32, 2048)]
    public int JudgeMaxTokens { get; set; } = 320;

    /// <summary>A figure within this relative error of the calculator's is correct.</summary>
    [Range(0.0, 1.0)]
    public double NumericTolerance { get; set; } = 0.05;

    /// <summary>A figure within this relative error earns partial credit.</summary>
    [Range(0.0, 1.0)]
    public double NumericPartialTolerance { get; set; } = 0.25;
}
