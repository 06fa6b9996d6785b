using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Indexing;

/// <summary>An in-memory BM25 index of the bank's entries, built once; thread-safe for searching.</summary>
public sealed class BankIndex : IDisposable
{
    private static readonly FieldType PresenceOnly = CreatePresenceOnly();

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IReadOnlyList<BankEntry> _entries;
    private readonly NumericDocValues _ordinals;
    private readonly ConcurrentDictionary<int, HashSet<string>> _termsByOrdinal = new();

    private BankIndex(RAMDirectory directory, IReadOnlyList<BankEntry> entries, TermExtractor extractor)
    {
        _directory = directory;
        _entries = entries;
        Extractor = extractor;
        _reader = DirectoryReader.Open(directory);
        _ordinals = MultiDocValues.GetNumericValues(_reader, BankField.OrdinalField);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        TermsByWord = ReadWords(entries, extractor);
    }

    public IndexSearcher Searcher { get; }

    public TermExtractor Extractor { get; }

    public int Count => _entries.Count;

    /// <summary>Every English word of the bank as written, with its analyzed term, for correcting misspelled query words.</summary>
    public IReadOnlyDictionary<string, string> TermsByWord { get; }

    public static BankIndex Build(IReadOnlyList<BankEntry> entries)
    {
        var analyzer = new BankAnalyzer();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                writer.AddDocument(ToDocument(entries[i], i));
            }

            writer.Commit();
        }

        return new BankIndex(directory, entries, new TermExtractor(analyzer));
    }

    public BankEntry EntryOf(int docId) => _entries[(int)_ordinals.Get(docId)];

    /// <summary>How many entries contain the term (any field).</summary>
    public int DocumentFrequency(string term) => _reader.DocFreq(new Term(BankField.AllField, term));

    /// <summary>The set of terms of one entry (all fields), analyzed on first use and kept.</summary>
    public IReadOnlySet<string> TermsOf(int docId)
    {
        var ordinal = (int)_ordinals.Get(docId);
        return _termsByOrdinal.GetOrAdd(ordinal, o =>
        {
            var entry = _entries[o];
            var text = string.Join('\n', BankField.Searched.Select(f => EntryText.For(entry, f)));
            return Extractor.Extract(text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        });
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static Document ToDocument(BankEntry entry, int ordinal)
    {
        var document = new Document
        {
            new StringField(BankField.IdField, entry.Id, Field.Store.YES),
            new NumericDocValuesField(BankField.OrdinalField, ordinal),
        };
        var all = new List<string>();
        foreach (var field in BankField.Searched)
        {
            var text = EntryText.For(entry, field);
            all.Add(text);
            document.Add(new TextField(field.Name, text, Field.Store.NO));
        }

        document.Add(new Field(BankField.AllField, string.Join('\n', all), PresenceOnly));
        return document;
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

    private static Dictionary<string, string> ReadWords(IReadOnlyList<BankEntry> entries, TermExtractor extractor)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.DistinctBy(e => (e.Question, e.Answer)))
        {
            var text = string.Join('\n', BankField.Searched.Select(f => EntryText.For(entry, f)));
            foreach (var term in extractor.Extract(text))
            {
                var word = text[term.Start..term.End];
                if (word.All(c => c is >= 'a' and <= 'z'))
                {
                    words.TryAdd(word, term.Text);
                }
            }
        }

        return words;
    }
}
