using System.Text.RegularExpressions;

namespace TutorBot.Core.Calculations;

/// <summary>
/// Whether a question states a quantity ("13-billion", "8k tokens", "80GB", "4 bits", "8 张卡"): the sign of a numeric
/// question, unlike a name with a digit in it ("ZeRO-3", "Llama 2").
/// </summary>
public static partial class QuantityCue
{
    public static bool IsIn(string question) => Quantity().IsMatch(question);

    [GeneratedRegex(
        @"\d+(?:\.\d+)?\s*-?\s*(?:k|m|b|t|kb|mb|gb|tb|gib|tib|%|x|bits?|bytes?|billion|million|thousand|trillion|tokens?|gpus?|cards?|layers?|heads?|days?|hours?|tflops|pflops|层|个|张|卡|位|天|小时|亿|万)(?![a-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
