namespace TutorBot.Core.Calculations;

/// <summary>Bad calculator input; Argument names the offending argument (kebab-case).</summary>
public sealed class CalculationException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;

    /// <summary>True when the argument is essential and was not given at all (rather than given wrongly).</summary>
    public bool IsMissing { get; init; }
}
