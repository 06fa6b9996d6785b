using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>Bad calculator input; Argument names the offending argument (kebab-case), the message says why in both languages.</summary>
public sealed class CalculationException(string argument, string message, string messageZh) : Exception(message)
{
    public string Argument { get; } = argument;

    public LocalizedText Text { get; } = new(messageZh, message);

    /// <summary>True when the argument is essential and was not given at all (rather than given wrongly).</summary>
    public bool IsMissing { get; init; }
}
