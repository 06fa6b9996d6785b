using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TutorBot.Retrieval.Indexing;

/// <summary>The stop list shipped inside the assembly (Indexing/stopwords.txt) plus punctuation.</summary>
public static class StopWords
{
    private const string ResourceName = "TutorBot.Retrieval.Indexing.stopwords.txt";

    public static CharArraySet Set { get; } = Load();

    private static CharArraySet Load()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        var set = new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: true);
        foreach (var punctuation in Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer.DefaultStopSet)
        {
            set.Add(punctuation.ToString()!);
        }

        return set;
    }
}
