namespace TutorBot.Core.Ask.Evaluation;

/// <summary>A conversation of the evaluation set; Language is "zh", "en" or "mixed", Split "tune" or "holdout".</summary>
public sealed record EvalConversation(string Id, string Language, string Split, IReadOnlyList<EvalTurn> Turns, int Line)
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";
}
