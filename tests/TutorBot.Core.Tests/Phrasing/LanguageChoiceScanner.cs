using System.Text.RegularExpressions;

namespace TutorBot.Core.Tests.Phrasing;

/// <summary>
/// Finds source text that chooses wording by language outside the phrase catalog: a ternary on the language whose
/// branch is a string literal, a Pick(language, ...) helper, a switch arm on the language yielding a literal, a
/// LocalizedText built from literals, or a calculation error whose two messages are literals. Naming the language to a model ("Chinese" / "English" in a prompt) is not wording.
/// </summary>
internal static partial class LanguageChoiceScanner
{
    public static IReadOnlyList<int> Lines(string source) =>
        [.. Choices().Matches(source).Select(m => source.AsSpan(0, m.Index).Count('\n') + 1).Distinct()];

    [GeneratedRegex("""
        \b(?:Language\.(?:Zh|En)|Chinese|zh)\s*\?(?!\s*"Chinese"\s*:\s*"English")\s*[$@]*"
        | \bPick\(\s*(?:l|language|lang|[\w.]+\.Language)\s*,
        | Language\.(?:Zh|En)\s*\)?\s*=>\s*[$@]*"
        | \bnew\s+LocalizedText\(\s*[$@]*"[^"]
        | \bnew\s+CalculationException\(\s*[^,()]+,\s*[$@]*"
        | \bRejected\(\s*[^,()]+,\s*[$@]*"
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Choices();
}
