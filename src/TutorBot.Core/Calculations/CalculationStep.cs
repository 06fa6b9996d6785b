using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>One step of the working: what is computed, the formula, the numbers substituted and the outcome.</summary>
public sealed record CalculationStep(LocalizedText Label, string Formula, string Substitution, string Outcome)
{
    public string Render(Language language) => $"{Label.For(language)}: {Formula} = {Substitution} = {Outcome}";
}
