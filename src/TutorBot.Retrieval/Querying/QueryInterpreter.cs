using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Querying;

/// <summary>Turns a raw query into concepts: analyzed terms, synonym groups in place of the words they cover, typos corrected.</summary>
public sealed class QueryInterpreter(BankIndex index, SynonymMatcher synonyms, TermCorrector corrector, RetrievalOptions options)
{
    private const int MaxTerms = 200;
    private const string ChineseNumerals = "零一二三四五六七八九十百千万亿两几";

    public IReadOnlyList<QueryConcept> Interpret(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Length > options.MaxQueryCharacters ? query[..options.MaxQueryCharacters] : query;
        var normalized = TextNormalizer.Normalize(text);
        var terms = index.Extractor.Extract(normalized, MaxTerms);
        var starts = terms.Select(t => t.Start).ToHashSet();
        var ends = terms.Select(t => t.End).ToHashSet();
        var spans = synonyms.Find(normalized, (start, end) => starts.Contains(start) && ends.Contains(end));

        var concepts = new List<QueryConcept>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            concepts.Add(new QueryConcept(span.Alternatives, Weight(span.Alternatives.Where(a => a.IsWritten).SelectMany(a => a.Terms)))
            {
                Written = normalized[span.Start..span.End],
                IsSynonymGroup = true,
            });
        }

        // Terms sharing a span are one word and its parts (安全性: 安全, 全性): one concept, any part may match.
        foreach (var word in terms.Where(t => !spans.Any(s => t.Start < s.End && s.Start < t.End)).GroupBy(t => (t.Start, t.End)))
        {
            var alternatives = word.Select(t => Known(t, normalized)).Distinct(StringComparer.Ordinal)
                .Select((t, i) => new QueryAlternative([t], IsWritten: i == 0)).ToList();
            concepts.Add(new QueryConcept(alternatives, Weight(alternatives[0].Terms)) { Written = normalized[word.Key.Start..word.Key.End] });
        }

        return concepts.DistinctBy(c => c.Key).Take(options.MaxConcepts).ToList();
    }

    /// <summary>The term itself when the bank has it, else the bank's term for the closest English word.</summary>
    private string Known(AnalyzedTerm term, string normalized) =>
        index.DocumentFrequency(term.Text) > 0 ? term.Text : corrector.Correct(normalized[term.Start..term.End]) ?? term.Text;

    /// <summary>The rarest written term's inverse document frequency, scaled by how topical the term can be.</summary>
    private double Weight(IEnumerable<string> writtenTerms)
    {
        var weight = 0.0;
        foreach (var term in writtenTerms)
        {
            // A word the bank never uses weighs as much as its rarest word: unknown words are as often chatter
            // ("突然", "tradeoff") as they are the subject, and coverage should not hang on them alone.
            var frequency = Math.Max(1, index.DocumentFrequency(term));
            var idf = Math.Log(1 + ((index.Count - frequency + 0.5) / (frequency + 0.5)));
            weight = Math.Max(weight, idf * Topicality(term));
        }

        return weight;
    }

    // Numbers and single letters ("7", "b" of "7B") say nothing about the topic; a lone ideograph is usually
    // what the segmenter left of a word it did not know, or a verb like 算/占, so it counts half.
    private static double Topicality(string term) => term switch
    {
        _ when term.All(c => char.IsAsciiDigit(c) || ChineseNumerals.Contains(c)) => 0,
        [var c] when char.IsAsciiLetter(c) => 0,
        [_] => 0.5,
        _ => 1,
    };
}
