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

    /// <summary>
    /// Where a user starts in a topic not yet answered: the mean of their other topics' levels, weighted by the
    /// answers behind each, so that a strong candidate is not sent back to the middle at every new topic.
    /// </summary>
    public static double Prior(IEnumerable<LevelEstimate> levels)
    {
        var answered = levels.Where(l => l.Answers > 0).ToList();
        return answered.Count == 0 ? Middle : answered.Sum(l => l.Level * l.Answers) / answered.Sum(l => l.Answers);
    }

    /// <summary>The user's level in a topic, or <see cref="Prior"/> when they have none there.</summary>
    public static LevelEstimate In(string topic, IReadOnlyList<LevelEstimate> levels) =>
        levels.FirstOrDefault(l => string.Equals(l.Topic, topic, StringComparison.OrdinalIgnoreCase)) ?? new LevelEstimate(topic, Prior(levels), 0);

    /// <summary>
    /// How many difficulty steps an entry is from the step nearest the user's level in its topic: 0 fits. In steps,
    /// so that levels of 2.01 and 2.05 in two topics make their medium entries fit alike.
    /// </summary>
    public static int Misfit(double level, int difficulty) => (int)Math.Abs(Math.Round(level, MidpointRounding.AwayFromZero) - difficulty);
}
