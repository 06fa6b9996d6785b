using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>
/// One step of the working: what is computed, the formula, the numbers substituted (with any note, in both languages)
/// and the outcome as a quantity, rendered in a language only when the calculation is presented.
/// </summary>
public sealed record CalculationStep(LocalizedText Label, LocalizedText Formula, LocalizedText Substitution, Quantity Outcome);
