using System.Text;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// An answer folded for literal matching (lower case, full-width folded to ASCII) and cut into sentences, so that
/// a wording can be found with its position and tied to the nearest subject of the same sentence.
/// </summary>
public sealed class SentenceText
{
    private static readonly char[] SentenceBreaks = ['.', ';', '!', '?', '\n', '。', '；', '！', '？'];
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
            if (Array.IndexOf(SentenceBreaks, Text[i]) >= 0 && !IsDecimalPoint(i))
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

    private bool IsDecimalPoint(int i) =>
        Text[i] == '.' && i > 0 && i + 1 < Text.Length && char.IsLetterOrDigit(Text[i - 1]) && char.IsLetterOrDigit(Text[i + 1]);
}
