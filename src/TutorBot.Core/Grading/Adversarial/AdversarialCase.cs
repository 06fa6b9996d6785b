using TutorBot.Core.Bank;

namespace TutorBot.Core.Grading.Adversarial;

/// <summary>A hand-written pair for one entry: a confused answer (must score low) and a correct paraphrase (must score well).</summary>
public sealed record AdversarialCase(string EntryId, Language Language, string Split, string Confused, string Paraphrase, int Line)
{
    public const string Holdout = "holdout";
    public const string Tune = "tune";
}
