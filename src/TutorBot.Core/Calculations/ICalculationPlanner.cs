namespace TutorBot.Core.Calculations;

/// <summary>
/// Reads a numeric question the pattern router could not: a model picks a calculator and fills its arguments, and the
/// calculator computes the figure. Null when there is no model, or the model finds no calculator that fits.
/// </summary>
public interface ICalculationPlanner
{
    Task<CalculationResult?> PlanAsync(string question, CancellationToken cancellationToken = default);
}
