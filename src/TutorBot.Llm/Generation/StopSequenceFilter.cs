namespace TutorBot.Llm.Generation;

/// <summary>
/// Watches generated text for stop sequences. Text that might be the start of a stop sequence is held back,
/// so a streamed reply never shows part of one.
/// </summary>
public sealed class StopSequenceFilter(IReadOnlyList<string> stopSequences)
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly int _holdBack = stopSequences.Count == 0 ? 0 : stopSequences.Max(s => s.Length) - 1;
    private int _emitted;

    public bool Stopped { get; private set; }

    /// <summary>All text so far, up to (not including) a stop sequence.</summary>
    public string Text => _text.ToString();

    /// <summary>Adds generated text; returns the part that is now safe to show.</summary>
    public string Append(string piece)
    {
        if (Stopped)
        {
            return "";
        }

        _text.Append(piece);
        var text = _text.ToString();
        foreach (var stop in stopSequences.Where(s => s.Length > 0))
        {
            var at = text.IndexOf(stop, Math.Max(0, _emitted - stop.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                Stopped = true;
                _text.Length = at;
                return Emit(at);
            }
        }

        return Emit(Math.Max(_emitted, text.Length - _holdBack));
    }

    /// <summary>At the end of generation: whatever was held back.</summary>
    public string Flush() => Emit(_text.Length);

    private string Emit(int upTo)
    {
        if (upTo <= _emitted)
        {
            return "";
        }

        var piece = _text.ToString(_emitted, upTo - _emitted);
        _emitted = upTo;
        return piece;
    }
}
