using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Adds the leading and trailing two- and three-character parts of a long Chinese word at the same position
/// (安全性 also yields 安全, 全性), so that 安全 in a query meets 安全性 in the bank: the segmenter cuts the same
/// characters differently depending on what surrounds them.
/// </summary>
public sealed class ChineseSubwordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _state;

    public ChineseSubwordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0 && _state is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        if (word.Length >= 3 && word.All(LanguageDetector.IsCjk))
        {
            foreach (var part in Parts(word))
            {
                _pending.Enqueue(part);
            }

            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }

    private static IEnumerable<string> Parts(string word)
    {
        var parts = new List<string> { word[..2], word[^2..] };
        if (word.Length >= 5)
        {
            parts.Add(word[..3]);
            parts.Add(word[^3..]);
        }

        return parts.Distinct(StringComparer.Ordinal).Where(p => p != word);
    }
}
