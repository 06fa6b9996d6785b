using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TutorBot.Core.Bank;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TutorBot.Retrieval.Indexing;

/// <summary>A BM25 index of the bank's entries, built in memory or opened from a cached copy; thread-safe for searching.</summary>
public sealed class BankIndex : IDisposable
{
    private static readonly FieldType PresenceOnly = CreatePresenceOnly();

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IReadOnlyList<BankEntry> _entries;
    private readonly NumericDocValues _ordinals;
    private readonly ConcurrentDictionary<int, HashSet<string>> _termSets = new();

    private BankIndex(LuceneDirectory directory, IReadOnlyList<BankEntry> entries, BankIndexTerms terms)
    {
        _directory = directory;
        _entries = entries;
        Terms = terms;
        Extractor = new TermExtractor(new BankAnalyzer());
        _reader = DirectoryReader.Open(directory);
        _ordinals = MultiDocValues.GetNumericValues(_reader, BankField.OrdinalField);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IndexSearcher Searcher { get; }

    public TermExtractor Extractor { get; }

    public int Count => _entries.Count;

    /// <summary>Every English word of the bank as written, with its analyzed term, for correcting misspelled query words.</summary>
    public IReadOnlyDictionary<string, string> TermsByWord => Terms.ByWord;

    public BankIndexTerms Terms { get; }

    public static BankIndex Build(IReadOnlyList<BankEntry> entries)
    {
        var directory = new RAMDirectory();
        return new BankIndex(directory, entries, Write(entries, directory));
    }

    /// <summary>Opens an index written by <see cref="CopyTo"/> for the same entries in the same order.</summary>
    public static BankIndex Open(LuceneDirectory directory, IReadOnlyList<BankEntry> entries, BankIndexTerms terms) =>
        new(directory, entries, terms);

    /// <summary>Copies the index's files into another directory, e.g. one on disk.</summary>
    public void CopyTo(LuceneDirectory target)
    {
        foreach (var file in _directory.ListAll())
        {
            _directory.Copy(target, file, file, IOContext.DEFAULT);
        }
    }

    private static BankIndexTerms Write(IReadOnlyList<BankEntry> entries, LuceneDirectory directory)
    {
        var analyzer = new BankAnalyzer();
        var extractor = new TermExtractor(analyzer);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        var termsOfEntries = new string[entries.Count][];
        var termsByWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var document = new Document
                {
                    new StringField(BankField.IdField, entries[i].Id, Field.Store.YES),
                    new NumericDocValuesField(BankField.OrdinalField, i),
                };
                var all = new List<AnalyzedTerm>();
                foreach (var field in BankField.Searched)
                {
                    var text = EntryText.For(entries[i], field);
                    var terms = extractor.Extract(text);
                    document.Add(new TextField(field.Name, new AnalyzedTokenStream(terms)));
                    all.AddRange(terms);
                    CollectWords(text, terms, termsByWord);
                }

                document.Add(new Field(BankField.AllField, new AnalyzedTokenStream(all), PresenceOnly));
                termsOfEntries[i] = all.Select(t => Interned(pool, t.Text)).Distinct().ToArray();
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return new BankIndexTerms(termsOfEntries, termsByWord);
    }

    public BankEntry EntryOf(int docId) => _entries[(int)_ordinals.Get(docId)];

    /// <summary>How many entries contain the term (any field).</summary>
    public int DocumentFrequency(string term) => _reader.DocFreq(new Term(BankField.AllField, term));

    /// <summary>The set of terms of one entry (all fields).</summary>
    public IReadOnlySet<string> TermsOf(int docId)
    {
        var ordinal = (int)_ordinals.Get(docId);
        return _termSets.GetOrAdd(ordinal, o => Terms.OfEntries[o].ToHashSet(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static FieldType CreatePresenceOnly()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    // Replicated entries share their strings; so do the term arrays of entries that repeat words.
    private static string Interned(Dictionary<string, string> pool, string term)
    {
        if (!pool.TryGetValue(term, out var shared))
        {
            pool[term] = shared = term;
        }

        return shared;
    }

    private static void CollectWords(string text, IReadOnlyList<AnalyzedTerm> terms, Dictionary<string, string> termsByWord)
    {
        foreach (var term in terms.Where(t => t.PositionIncrement > 0))
        {
            var word = text[term.Start..term.End];
            if (word.All(c => c is >= 'a' and <= 'z'))
            {
                termsByWord.TryAdd(word, term.Text);
            }
        }
    }
}
