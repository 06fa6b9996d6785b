using System.Text;

namespace TutorBot.Core.Text;

/// <summary>
/// NFKC for text users type: string.Normalize throws on lone surrogates and noncharacters (U+FFFE, U+FFFF), which
/// pasted binary or broken encodings produce, so those become U+FFFD first.
/// </summary>
public static class UnicodeText
{
    public static string NormalizeKC(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return ReplaceInvalid(text).Normalize(NormalizationForm.FormKC);
        }
    }

    public static string ReplaceInvalid(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var rune in Enumerate(text))
        {
            clean.Append(IsNoncharacter(rune) ? Rune.ReplacementChar : rune);
        }

        return clean.ToString();
    }

    /// <summary>The text's code points, with each lone surrogate as U+FFFD.</summary>
    private static IEnumerable<Rune> Enumerate(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            yield return status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
            i += Math.Max(consumed, 1);
        }
    }

    private static bool IsNoncharacter(Rune rune) =>
        (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
}
