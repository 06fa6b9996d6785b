using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TutorBot.Retrieval.Indexing;

/// <summary>Replays terms analyzed once, so that a field and the all-terms field do not analyze the same text twice.</summary>
public sealed class AnalyzedTokenStream : TokenStream
{
    private readonly IReadOnlyList<AnalyzedTerm> _terms;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private int _next;

    public AnalyzedTokenStream(IReadOnlyList<AnalyzedTerm> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _terms.Count)
        {
            return false;
        }

        ClearAttributes();
        var term = _terms[_next++];
        _term.SetEmpty().Append(term.Text);
        _offset.SetOffset(term.Start, term.End);
        _position.PositionIncrement = term.PositionIncrement;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
