namespace TutorBot.Core.Calculations;

/// <summary>Bad calculator input; Argument names the offending argument (kebab-case).</summary>
public sealed class CalculationException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;
}
