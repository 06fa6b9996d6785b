namespace TutorBot.Core.Grading.Adversarial;

/// <summary>A hand-written case graded: the confused answer's score next to its correct paraphrase's.</summary>
public sealed record AdversarialPair(AdversarialCase Case, double ConfusedScore, double ParaphraseScore)
{
    public bool ConfusedLow => ConfusedScore <= AdversarialReport.ConfusedMax;

    public bool ParaphraseHigh => ParaphraseScore >= AdversarialReport.ParaphraseMin;

    public bool Separated => ParaphraseScore - ConfusedScore >= AdversarialReport.MinSeparation;
}
