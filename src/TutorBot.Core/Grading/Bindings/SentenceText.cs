using System.Text;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// An answer folded for literal matching (lower case, full-width folded to ASCII) and cut into sentences, so that
/// a wording can be found with its position and tied to the nearest subject of the same sentence.
/// </summary>
public sealed class SentenceText
{
    private static readonly char[] SentenceBreaks = ['.', ';', '!', '?', '\n', '。', '；', '！', '？'];
    private static readonly string[] Abbreviations = ["et al", "e.g", "i.e", "etc", "vs", "cf", "approx"];
    private readonly int[] _sentenceOf;

    public SentenceText(string text)
    {
        Original = text;
        Text = Fold(text);
        _sentenceOf = new int[Text.Length + 1];
        var sentence = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            _sentenceOf[i] = sentence;
            if (Array.IndexOf(SentenceBreaks, Text[i]) >= 0 && !IsDecimalPoint(i) && !IsAbbreviation(i) && !IsWrappedLine(i))
            {
                sentence++;
            }
        }

        _sentenceOf[Text.Length] = sentence;
    }

    /// <summary>The answer as written (same length as <see cref="Text"/>), for quoting.</summary>
    public string Original { get; }

    public string Text { get; }

    /// <summary>The sentence around an index, as written, trimmed to a quotable length.</summary>
    public string SentenceAround(int index)
    {
        var start = SentenceStart(index);
        var end = index;
        var sentence = SentenceOf(index);
        while (end < Text.Length && _sentenceOf[end] == sentence)
        {
            end++;
        }

        var quote = Original[start..end].Trim().TrimEnd('.', ';', '。', '；', '!', '?', '！', '？');
        return quote.Length <= 120 ? quote : quote[..117] + "...";
    }

    public int SentenceOf(int index) => _sentenceOf[Math.Clamp(index, 0, Text.Length)];

    /// <summary>The start of the sentence holding the index.</summary>
    public int SentenceStart(int index)
    {
        var sentence = SentenceOf(index);
        var start = index;
        while (start > 0 && _sentenceOf[start - 1] == sentence)
        {
            start--;
        }

        return start;
    }

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
                '\u3000' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }

    private bool IsAbbreviation(int i) =>
        Text[i] == '.' && Abbreviations.Any(a => i >= a.Length && Text.AsSpan(i - a.Length, a.Length).SequenceEqual(a)
            && (i == a.Length || !char.IsLetter(Text[i - a.Length - 1])));

    /// <summary>
    /// A line break inside a sentence, as text wrapped to a width has: the line before does not end a sentence, and
    /// the next one neither is blank nor starts a list item.
    /// </summary>
    private bool IsWrappedLine(int i)
    {
        if (Text[i] != '\n')
        {
            return false;
        }

        var before = Text.AsSpan(0, i).TrimEnd();
        var after = Text.AsSpan(i + 1).TrimStart(' ');
        return before.Length > 0 && Array.IndexOf(SentenceBreaks, before[^1]) < 0 && !before.EndsWith(":")
            && after.Length > 0 && after[0] != '\n' && !after.StartsWith("- ") && !after.StartsWith("* ") && !after.StartsWith("• ")
            && !(char.IsAsciiDigit(after[0]) && after.Length > 1 && (after[1] == '.' || after[1] == ')'));
    }

    private bool IsDecimalPoint(int i) =>
        Text[i] == '.' && i > 0 && i + 1 < Text.Length && char.IsLetterOrDigit(Text[i - 1]) && char.IsLetterOrDigit(Text[i + 1]);
}
