using System.Text;
using System.Text.RegularExpressions;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Folds the spellings of one notation together before analysis: full-width forms, case, "√", "d_k"/"dk" and
/// Greek letters, which people type by name ("what does beta do in DPO?").
/// Applied to the bank and to queries alike, so that synonym spans and token offsets refer to the same text.
/// </summary>
public static partial class TextNormalizer
{
    private static readonly (string Letter, string Name)[] GreekLetters =
    [
        ("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("δ", "delta"), ("ε", "epsilon"), ("θ", "theta"), ("λ", "lambda"), ("τ", "tau"),
    ];

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        folded = folded.Replace("√", " sqrt ", StringComparison.Ordinal);
        foreach (var (letter, name) in GreekLetters)
        {
            folded = folded.Replace(letter, $" {name} ", StringComparison.Ordinal);
        }

        folded = ShortSubscript().Replace(folded, "$1$2");
        return folded.Replace('_', ' ');
    }

    // d_k, n_h, w_q: a one-letter symbol with a short subscript is written both ways.
    [GeneratedRegex(@"(?<![a-z0-9])([a-z])_([a-z0-9]{1,2})(?![a-z0-9])")]
    private static partial Regex ShortSubscript();
}
