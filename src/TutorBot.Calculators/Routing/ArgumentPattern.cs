using System.Text.RegularExpressions;

namespace TutorBot.Calculators.Routing;

/// <summary>
/// One way a question states an argument. The value is the "v" group, or Value when the match itself means a fixed value
/// ("full recomputation" → full). Calculators, when set, limits the pattern to those calculators. A pattern that does not
/// consume leaves its text for later patterns (the GPU name is also part of "1000 A100s").
/// </summary>
public sealed record ArgumentPattern(string Argument, Regex Pattern, string? Value = null, IReadOnlyList<string>? Calculators = null, bool Consumes = true)
{
    public bool AppliesTo(string calculator) => Calculators is null || Calculators.Contains(calculator);

    public string Read(Match match) => Value ?? match.Groups["v"].Value.Trim();
}
