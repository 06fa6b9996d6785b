namespace TutorBot.Core.Level;

/// <summary>
/// A one-parameter (Rasch) model on the bank's difficulty scale: the chance of a good answer is the logistic of
/// Slope × (level − difficulty). After each graded answer the level moves by a step × (score/10 − expected), an Elo
/// update whose step shrinks as answers accumulate, so that early answers place the user fast and later ones refine.
/// </summary>
public static class LevelModel
{
    public const double Middle = 2;
    public const double Lowest = 0.5;
    public const double Highest = 3.5;

    /// <summary>Logits per difficulty step: one step apart, a candidate at level 3 answers a difficulty-2 question well ~77% of the time.</summary>
    private const double Slope = 1.2;

    private const double FirstStep = 1.2;
    private const double LastStep = 0.3;

    public static double Expected(double level, int difficulty) => 1 / (1 + Math.Exp(-Slope * (level - difficulty)));

    public static LevelEstimate Update(LevelEstimate estimate, int difficulty, double score)
    {
        var step = Math.Max(LastStep, FirstStep / Math.Sqrt(estimate.Answers + 1));
        var observed = Math.Clamp(score / 10, 0, 1);
        var level = Math.Clamp(estimate.Level + step * (observed - Expected(estimate.Level, difficulty)), Lowest, Highest);
        return estimate with { Level = level, Answers = estimate.Answers + 1 };
    }

    /// <summary>How far an entry's difficulty is from the user's level in its topic: smaller fits better.</summary>
    public static double Misfit(double level, int difficulty) => Math.Abs(level - difficulty);
}
