using TutorBot.Core.Bank;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Retrieval.Tests.Indexing;

public sealed class BankIndexCacheTests : IDisposable
{
    private static readonly string[] Queries = ["KV cache 显存怎么算", "why divide attention by sqrt d_k", "LoRA 的秩怎么选", "zero stage 3 commnication"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_second_start_opens_the_saved_copy_and_finds_what_a_fresh_build_finds()
    {
        var cache = new BankIndexCache(_temp.Path);
        using (new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), cache))
        {
        }

        var saved = Assert.Single(Directory.GetDirectories(_temp.Path));
        Assert.Equal(BankIndexCache.Key(TestBank.Bank.Entries), Path.GetFileName(saved));
        var writtenAt = File.GetLastWriteTimeUtc(Path.Combine(saved, "terms.bin"));

        using var cached = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), cache);
        using var fresh = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions());
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(Path.Combine(saved, "terms.bin")));
        foreach (var query in Queries)
        {
            Assert.Equal(Describe(fresh.Search(query)), Describe(cached.Search(query)));
        }
    }

    [Theory]
    [InlineData("terms.bin", "cut")]
    [InlineData("terms.bin", "garbage")]
    [InlineData("segments_1", "garbage")]
    [InlineData("segments_1", "deleted")]
    public void A_damaged_copy_is_built_again_and_searches_as_before(string file, string damage)
    {
        var cache = new BankIndexCache(_temp.Path);
        new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), cache).Dispose();
        var path = Path.Combine(_temp.Path, BankIndexCache.Key(TestBank.Bank.Entries), file);
        Assert.True(File.Exists(path), $"{file} is part of a saved index");
        switch (damage)
        {
            case "cut":
                File.WriteAllBytes(path, File.ReadAllBytes(path)[..10]);
                break;
            case "garbage":
                File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
                break;
            default:
                File.Delete(path);
                break;
        }

        using var search = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), cache);
        using var fresh = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions());
        foreach (var query in Queries)
        {
            Assert.Equal(Describe(fresh.Search(query)), Describe(search.Search(query)));
        }
    }

    [Fact]
    public void A_changed_bank_gets_its_own_copy()
    {
        var changed = new QuestionBank(TestBank.Bank.Entries.Skip(1).ToList());
        Assert.NotEqual(BankIndexCache.Key(TestBank.Bank.Entries), BankIndexCache.Key(changed.Entries));

        var edited = TestBank.Bank.Entries.ToList();
        edited[0] = edited[0] with { Answer = new LocalizedText(edited[0].Answer.Zh, edited[0].Answer.En + " More.") };
        Assert.NotEqual(BankIndexCache.Key(TestBank.Bank.Entries), BankIndexCache.Key(edited));

        var cache = new BankIndexCache(_temp.Path);
        using var first = new LuceneQuestionSearch(changed, SynonymTable.Empty, new RetrievalOptions(), cache);
        Assert.DoesNotContain(first.Search("why divide attention by sqrt d_k"), h => h.Entry.Id == TestBank.Bank.Entries[0].Id);
        using var second = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), cache);
        Assert.Equal(TestBank.Bank.Entries[0].Id, second.Search("why divide attention by sqrt d_k")[0].Entry.Id);
        Assert.Equal(2, Directory.GetDirectories(_temp.Path).Length);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_created_leaves_search_working()
    {
        var blocked = _temp.Write("not-a-folder", "a file where the cache folder should be");
        using var search = new LuceneQuestionSearch(TestBank.Bank, SynonymTable.Empty, new RetrievalOptions(), new BankIndexCache(blocked));
        Assert.Equal("kv-cache-memory", search.Search("KV cache 显存怎么算")[0].Entry.Id);
    }

    private static string Describe(IReadOnlyList<Core.Search.SearchHit> hits) =>
        string.Join("; ", hits.Select(h => $"{h.Entry.Id} {h.Score:0.0000} {h.Coverage:0.0000}"));
}
