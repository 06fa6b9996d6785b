using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Querying;

/// <summary>Turns a raw query into concepts: analyzed terms, synonym groups in place of the words they cover, typos corrected.</summary>
public sealed class QueryInterpreter(BankIndex index, SynonymMatcher synonyms, TermCorrector corrector, RetrievalOptions options)
{
    private const int MaxTerms = 200;

    public IReadOnlyList<QueryConcept> Interpret(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > options.MaxQueryCharacters ? query[..options.MaxQueryCharacters] : query;
        var normalized = TextNormalizer.Normalize(text);
        var spans = synonyms.Find(normalized);
        var terms = index.Extractor.Extract(normalized, MaxTerms);

        var concepts = new List<QueryConcept>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            concepts.Add(new QueryConcept(span.Alternatives, Weight(span.Alternatives.Where(a => a.IsWritten).SelectMany(a => a.Terms))));
        }

        foreach (var term in terms.Where(t => !spans.Any(s => t.Start < s.End && s.Start < t.End)))
        {
            var text1 = index.DocumentFrequency(term.Text) == 0 ? corrector.Correct(term.Text) ?? term.Text : term.Text;
            concepts.Add(new QueryConcept([new QueryAlternative([text1], IsWritten: true)], Weight([text1])));
        }

        return concepts.DistinctBy(c => c.Key).Take(options.MaxConcepts).ToList();
    }

    /// <summary>The rarest written term's inverse document frequency; numbers and single letters count for nothing.</summary>
    private double Weight(IEnumerable<string> writtenTerms)
    {
        var weight = 0.0;
        foreach (var term in writtenTerms.Where(IsTopical))
        {
            var frequency = index.DocumentFrequency(term);
            weight = Math.Max(weight, Math.Log(1 + ((index.Count - frequency + 0.5) / (frequency + 0.5))));
        }

        return weight;
    }

    private static bool IsTopical(string term) =>
        !term.All(char.IsAsciiDigit) && !(term.Length == 1 && char.IsAsciiLetter(term[0]));
}
