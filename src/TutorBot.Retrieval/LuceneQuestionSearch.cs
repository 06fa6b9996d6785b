using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TutorBot.Core.Bank;
using TutorBot.Core.Search;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Querying;

namespace TutorBot.Retrieval;

/// <summary>BM25 search over the bank in both languages, with synonym expansion, typo correction and a coverage-based relevance test.</summary>
public sealed partial class LuceneQuestionSearch : IQuestionSearch, IDisposable
{
    private const int MaxTop = 100;
    private const int PhraseSlop = 3;
    private const double SubjectFactor = 2.0;
    private const int WorkedCalculationDepth = 10;
    private const double WorkedCalculationFactor = 0.7;

    private readonly BankIndex _index;
    private readonly QueryInterpreter _interpreter;
    private readonly RetrievalOptions _options;

    /// <param name="cache">Where built indexes are kept between starts; null builds the index in memory every time.</param>
    public LuceneQuestionSearch(QuestionBank bank, SynonymTable synonyms, RetrievalOptions options, BankIndexCache? cache = null)
    {
        _options = options;
        _index = cache is null ? BankIndex.Build(bank.Entries) : cache.Open(bank.Entries);
        var corrector = new TermCorrector(_index.TermsByWord, _index.DocumentFrequency);
        _interpreter = new QueryInterpreter(_index, new SynonymMatcher(synonyms, _index.Extractor), corrector, options);
    }

    public int Count => _index.Count;

    public IReadOnlyList<SearchHit> Search(string query, int top = 5)
    {
        var concepts = _interpreter.Interpret(query ?? "");
        if (concepts.Count == 0 || top <= 0)
        {
            return [];
        }

        var givesFigures = query!.Any(char.IsAsciiDigit);
        var depth = givesFigures ? top : Math.Max(top, WorkedCalculationDepth);
        var hits = Hits(concepts, CoverageWeights(concepts, query!), _index.Searcher.Search(BuildQuery(concepts), Math.Min(depth, MaxTop)));
        return givesFigures ? hits : WorkedCalculationsBehind(hits).Take(top).ToList();
    }

    /// <summary>
    /// A question that gives no figures asks how or why, which an entry that explains answers better than a worked
    /// calculation that happens to share its words ("what takes up GPU memory during training?" is not "how much memory
    /// do a 7B model's FP16 weights take?"): such calculations count for less.
    /// </summary>
    private static IEnumerable<SearchHit> WorkedCalculationsBehind(IEnumerable<SearchHit> hits) =>
        hits.Select(h => h.Entry.Kind == EntryKind.Calculation ? h with { Score = h.Score * WorkedCalculationFactor } : h)
            .OrderByDescending(h => h.Score);

    public bool IsRelevant(SearchHit hit) => hit.Coverage >= _options.MinCoverage;

    public IReadOnlyList<SearchHit> SearchAmong(string query, IReadOnlyCollection<string> entryIds)
    {
        var concepts = _interpreter.Interpret(query ?? "");
        if (concepts.Count == 0 || entryIds.Count == 0)
        {
            return [];
        }

        var among = new BooleanQuery();
        foreach (var id in entryIds)
        {
            among.Add(new TermQuery(new Term(BankField.IdField, id)), Occur.SHOULD);
        }

        var topDocs = _index.Searcher.Search(BuildQuery(concepts), new QueryWrapperFilter(among), entryIds.Count);
        return Hits(concepts, CoverageWeights(concepts, query!), topDocs);
    }

    public IReadOnlyList<QuerySubject> Subjects(string query)
    {
        var rare = Math.Max(2, (int)(_index.Count * _options.NameTermShare));
        var subjects = new List<QuerySubject>();
        var unknownNameWords = UnknownNameWords(query ?? "");
        foreach (var concept in _interpreter.Interpret(query ?? "").Where(c => c.Weight > 0))
        {
            var isTerm = IsTerm(concept, query!) && !unknownNameWords.Contains(concept.Written);
            // A Chinese word the bank never uses is more often what the segmenter made of a phrase ("多花", "难点")
            // than a name, and a lone ideograph is a verb or a fragment; an English word the bank never uses
            // ("pizza", "weather") is a subject it does not have.
            var written = concept.Alternatives[0];
            var frequency = _index.DocumentFrequency(written.Terms[0]);
            var ascii = concept.Written.All(char.IsAscii);
            var isRare = written.Terms.Count == 1 && frequency <= rare && (frequency > 0 ? ascii || concept.Written.Length > 1 : ascii);
            subjects.Add(new QuerySubject(concept.Written, concept.Weight, isTerm || isRare, isTerm, !concept.IsSynonymGroup && written.Terms.Count == 1 && frequency == 0));
        }

        return subjects;
    }

    /// <summary>The concepts the query was read as, each with its weight and whether the entry contains it.</summary>
    public IReadOnlyList<ConceptMatch> Explain(string query, string entryId)
    {
        var docs = _index.Searcher.Search(new TermQuery(new Term(BankField.IdField, entryId)), 1).ScoreDocs;
        var terms = docs.Length == 0 ? new HashSet<string>() : _index.TermsOf(docs[0].Doc);
        return _interpreter.Interpret(query ?? "").Select(c => new ConceptMatch(c.Key, c.Weight, c.IsMatchedBy(terms))).ToList();
    }

    public void Dispose() => _index.Dispose();

    /// <summary>
    /// The words of capitalised names ("Mount Everest", "New Zealand") that have a word the bank never uses: "Mount" is
    /// then a piece of a place's name, not the mount of a container. Names written as tools are ("DeepSpeed ZeRO", with
    /// capitals inside words) are not read as such names and keep their words.
    /// </summary>
    private HashSet<string> UnknownNameWords(string query)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match name in CapitalisedName().Matches(query))
        {
            var parts = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).ToList();
            if (parts.Any(IsUnknownWord))
            {
                words.UnionWith(parts);
            }
        }

        return words;
    }

    private bool IsUnknownWord(string word)
    {
        var concepts = _interpreter.Interpret(word);
        return concepts.Count > 0 && concepts.All(c => !c.IsSynonymGroup && c.Alternatives.All(a => a.Terms.All(t => _index.DocumentFrequency(t) == 0)));
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")]
    private static partial Regex CapitalisedName();

    /// <summary>
    /// Whether the query wrote the word as names of tools and models are written: with a digit, a capital inside it
    /// ("DeepSpeed", "H100", "vLLM"), or capitalised where a sentence does not start ("use Megatron").
    /// </summary>
    private static bool WrittenAsTerm(string query, string written)
    {
        var at = query.IndexOf(written, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || written.Length == 0)
        {
            return false;
        }

        var word = query.AsSpan(at, written.Length);
        if (word[1..].ContainsAny("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") || char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        var before = query.AsSpan(0, at).TrimEnd();
        return char.IsAsciiLetterUpper(word[0]) && before.Length > 0 && !".?!。？！".Contains(before[^1]);
    }

    private List<SearchHit> Hits(IReadOnlyList<QueryConcept> concepts, double[] weights, TopDocs topDocs) =>
        topDocs.ScoreDocs
            .Select(d => new SearchHit(_index.EntryOf(d.Doc), d.Score) { Coverage = Coverage(concepts, weights, _index.TermsOf(d.Doc)) })
            .ToList();

    private static double Coverage(IReadOnlyList<QueryConcept> concepts, double[] weights, IReadOnlySet<string> entryTerms)
    {
        var total = weights.Sum();
        var matched = 0.0;
        for (var i = 0; i < concepts.Count; i++)
        {
            matched += concepts[i].IsMatchedBy(entryTerms) ? weights[i] : 0;
        }

        return total <= 0 ? 0 : matched / total;
    }

    /// <summary>
    /// What each concept counts towards coverage: its rarity, doubled for a technical term the query uses ("DeepSpeed",
    /// a synonym of the table) and for a word no entry uses ("sourdough" of "how do I bake sourdough?"). Either is most
    /// often what the question is about, so a question is not answered from a plain word it happens to share with an entry.
    /// </summary>
    private double[] CoverageWeights(IReadOnlyList<QueryConcept> concepts, string query) =>
        concepts.Select(c =>
        {
            var unknown = !c.IsSynonymGroup && c.Alternatives.All(a => a.Terms.Count == 1 && _index.DocumentFrequency(a.Terms[0]) == 0);
            return c.Weight * (unknown ? SubjectFactor : 1) * (IsTerm(c, query) ? SubjectFactor : 1);
        }).ToArray();

    private static bool IsTerm(QueryConcept concept, string query) => concept.IsSynonymGroup || WrittenAsTerm(query, concept.Written);

    private Query BuildQuery(IReadOnlyList<QueryConcept> concepts)
    {
        // Words in most entries (模型, model) barely move BM25 but cost a walk over most postings: they are left to
        // the coverage test, unless the query has nothing else.
        var common = (int)(_index.Count * _options.CommonTermShare);
        var selective = concepts.Where(c => c.Alternatives.Any(a => a.Terms.Count > 1 || _index.DocumentFrequency(a.Terms[0]) <= common)).ToList();
        var query = new BooleanQuery();
        foreach (var concept in selective.Count > 0 ? selective : concepts)
        {
            var wordings = new DisjunctionMaxQuery(0.1f);
            foreach (var alternative in concept.Alternatives)
            {
                wordings.Add(Wording(alternative));
            }

            query.Add(wordings, Occur.SHOULD);
        }

        return query;
    }

    // A wording of several words ("attention mechanism", "rms norm") must match as a phrase, or its common words
    // ("norm") would pull in entries about something else. A synonym's phrase is not looked for in the reference answer:
    // walking the positions of the longest field was the slowest part of a query, and the headline fields decide.
    private BooleanQuery Wording(QueryAlternative alternative)
    {
        var weight = alternative.IsWritten ? 1.0f : (float)_options.SynonymWeight;
        var wording = new BooleanQuery();
        foreach (var field in BankField.Searched)
        {
            if (alternative.Terms.Count == 1)
            {
                wording.Add(new TermQuery(new Term(field.Name, alternative.Terms[0])) { Boost = field.Boost * weight }, Occur.SHOULD);
            }
            else if (alternative.IsWritten || field != BankField.Answer)
            {
                var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = field.Boost * weight };
                foreach (var term in alternative.Terms)
                {
                    phrase.Add(new Term(field.Name, term));
                }

                wording.Add(phrase, Occur.SHOULD);
            }
        }

        return wording;
    }
}
