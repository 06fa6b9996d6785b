using System.Text;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// What the index keeps beside Lucene's files: the distinct terms of each entry (for coverage) and every English word
/// of the bank with its analyzed term (for typo correction).
/// </summary>
public sealed record BankIndexTerms(string[][] OfEntries, IReadOnlyDictionary<string, string> ByWord)
{
    private const int FormatVersion = 1;

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(OfEntries.Length);
        foreach (var terms in OfEntries)
        {
            writer.Write(terms.Length);
            foreach (var term in terms)
            {
                writer.Write(term);
            }
        }

        writer.Write(ByWord.Count);
        foreach (var (word, term) in ByWord)
        {
            writer.Write(word);
            writer.Write(term);
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a terms file of this format, or it is cut short.</exception>
    public static BankIndexTerms Read(Stream stream, int entryCount)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != entryCount)
            {
                throw new InvalidDataException("the terms file belongs to another format or bank");
            }

            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            var ofEntries = new string[entryCount][];
            for (var i = 0; i < entryCount; i++)
            {
                ofEntries[i] = new string[reader.ReadInt32()];
                for (var j = 0; j < ofEntries[i].Length; j++)
                {
                    var term = reader.ReadString();
                    ofEntries[i][j] = pool.TryGetValue(term, out var shared) ? shared : pool[term] = term;
                }
            }

            var count = reader.ReadInt32();
            var byWord = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                byWord[reader.ReadString()] = reader.ReadString();
            }

            return new BankIndexTerms(ofEntries, byWord);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the terms file is cut short", e);
        }
    }
}
