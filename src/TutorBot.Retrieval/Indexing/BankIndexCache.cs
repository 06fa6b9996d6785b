using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Bank;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Keeps built indexes on disk, one folder per bank content and code version, so that a start with an unchanged bank
/// opens the index instead of analysing every entry again. A missing, partial or damaged copy is rebuilt.
/// </summary>
public sealed class BankIndexCache(string root, ILogger? logger = null)
{
    private const string TermsFile = "terms.bin";
    private const int KeptCopies = 4;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public string Root { get; } = root;

    public BankIndex Open(IReadOnlyList<BankEntry> entries)
    {
        var folder = Path.Combine(Root, Key(entries));
        if (System.IO.Directory.Exists(folder))
        {
            try
            {
                return Load(folder, entries);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
            {
                _logger.LogWarning("The cached search index in {Folder} cannot be read ({Reason}); building it again.", folder, e.Message);
                TryDelete(folder);
            }
        }

        var index = BankIndex.Build(entries);
        Save(index, folder);
        return index;
    }

    /// <summary>A hash of the searched text of every entry, in order, and of the code that analyses it.</summary>
    public static string Key(IReadOnlyList<BankEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(BankIndex).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        foreach (var entry in entries)
        {
            Add(entry.Id);
            var texts = new[] { entry.Question, entry.Answer }
                .Concat(entry.KeyPoints.Select(k => k.Text))
                .Concat(entry.Followups.Select(f => f.Question));
            foreach (var text in texts)
            {
                Add(text.Zh);
                Add(text.En);
            }

            foreach (var word in entry.KeyPoints.SelectMany(k => k.Aliases).Concat(entry.Tags))
            {
                Add(word);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static BankIndex Load(string folder, IReadOnlyList<BankEntry> entries)
    {
        BankIndexTerms terms;
        using (var stream = File.OpenRead(Path.Combine(folder, TermsFile)))
        {
            terms = BankIndexTerms.Read(stream, entries.Count);
        }

        var directory = FSDirectory.Open(folder);
        try
        {
            return BankIndex.Open(directory, entries, terms);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    // Written to a private folder and then renamed, so a reader never sees half a copy and two writers never mix theirs.
    private void Save(BankIndex index, string folder)
    {
        var staging = $"{folder}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(staging);
            using (var target = FSDirectory.Open(staging))
            {
                index.CopyTo(target);
            }

            using (var stream = File.Create(Path.Combine(staging, TermsFile)))
            {
                index.Terms.Write(stream);
            }

            System.IO.Directory.Move(staging, folder);
            PruneOldCopies(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process saved the same copy first, or the cache folder cannot be written: the index in memory serves.
            if (!System.IO.Directory.Exists(folder))
            {
                _logger.LogWarning("The search index cannot be cached in {Root} ({Reason}); it is built at each start.", Root, e.Message);
            }

            TryDelete(staging);
        }
    }

    private void PruneOldCopies(string kept)
    {
        var stale = new DirectoryInfo(Root).GetDirectories()
            .Where(d => d.FullName != Path.GetFullPath(kept) && !d.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .Skip(KeptCopies - 1);
        foreach (var folder in stale)
        {
            TryDelete(folder.FullName);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }
}
