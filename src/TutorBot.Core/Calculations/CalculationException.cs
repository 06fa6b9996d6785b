using TutorBot.Core.Bank;

namespace TutorBot.Core.Calculations;

/// <summary>Bad calculator input; Argument names the offending argument (kebab-case), the message says why in both languages.</summary>
public sealed class CalculationException(string argument, string message, string messageZh) : Exception(message)
{
    public string Argument { get; } = argument;

    public LocalizedText Text { get; } = new(messageZh, message);

    /// <summary>The exception for an argument, its message a phrase said in both languages.</summary>
    public static CalculationException For(string argument, Func<Language, string> message) =>
        new(argument, message(Language.En), message(Language.Zh));

    /// <summary>True when the argument is essential and was not given at all (rather than given wrongly).</summary>
    public bool IsMissing { get; init; }
}
