using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TutorBot.Retrieval.Indexing;

/// <summary>Runs the analyzer over normalized text and returns its terms with their character spans.</summary>
public sealed class TermExtractor(Analyzer analyzer)
{
    public IReadOnlyList<AnalyzedTerm> Extract(string normalizedText, int maxTerms = int.MaxValue)
    {
        var terms = new List<AnalyzedTerm>();
        using var stream = analyzer.GetTokenStream(BankField.AllField, new StringReader(normalizedText));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (terms.Count < maxTerms && stream.IncrementToken())
        {
            terms.Add(new AnalyzedTerm(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }

        stream.End();
        return terms;
    }
}
