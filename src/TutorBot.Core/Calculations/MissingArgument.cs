using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Calculations;

/// <summary>An essential argument that was not given; Hint says what to give ("number of GPUs, e.g. 1000").</summary>
public sealed record MissingArgument(string Name, string Hint)
{
    /// <summary>The one-line error for a caller that cannot go on without it: "gpus: required (number of GPUs, e.g. 1000)".</summary>
    public CalculationException ToException() => new(Name, Phrases.ArgumentRequired(Language.En, Name, Hint), Phrases.ArgumentRequired(Language.Zh, Name, Hint)) { IsMissing = true };
}
