using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Search;

public sealed class LuceneQuestionSearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private readonly LuceneQuestionSearch _search = fixture.Search;

    [Theory]
    [InlineData("为什么注意力要除以根号dk？", "attention-scaling-sqrt-dk")]
    [InlineData("why do we scale the dot product by sqrt(d_k) in attention", "attention-scaling-sqrt-dk")]
    [InlineData("what does ZeRO-2 shard?", "zero-stages")]
    [InlineData("ZeRO 三个阶段分别切分什么", "zero-stages")]
    [InlineData("LoRA的原理", "lora-principle")]
    [InlineData("KV cache 显存怎么算", "kv-cache-memory")]
    [InlineData("kv_cache占多少显存", "kv-cache-memory")]
    [InlineData("ＦｌａｓｈＡｔｔｅｎｔｉｏｎ 为什么省显存", "flash-attention")]
    public void FindsTheEntryInEitherLanguageAndMixed(string query, string expectedId)
    {
        var hits = _search.Search(query, 3);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedId, hits[0].Entry.Id);
        Assert.True(_search.IsRelevant(hits[0]), $"coverage {hits[0].Coverage}");
    }

    [Theory]
    [InlineData("how much VRAM does the KV cache take", "kv-cache-memory")]
    [InlineData("模型 quantize 有哪些方法", "quantization-methods")]
    public void SynonymsFromTheTableBridgeWordsTheBankDoesNotUse(string query, string expectedId)
    {
        Assert.Equal(expectedId, _search.Search(query, 1).Single().Entry.Id);
    }

    [Theory]
    [InlineData("attension scaling sqrt dk", "attention-scaling-sqrt-dk")]
    [InlineData("quantizaton methods", "quantization-methods")]
    [InlineData("flashattenton memory", "flash-attention")]
    public void MisspelledEnglishWordsAreCorrectedToTheBanksTerms(string query, string expectedId)
    {
        var hits = _search.Search(query, 1);

        Assert.Equal(expectedId, hits.Single().Entry.Id);
        Assert.True(_search.IsRelevant(hits[0]));
    }

    [Theory]
    [InlineData("What is the Mamba state space model?")]
    [InlineData("如何用 Kubernetes 部署推理服务")]
    [InlineData("best pizza in Naples")]
    public void QueriesTheBankCannotAnswerAreNotRelevant(string query)
    {
        var hits = _search.Search(query, 3);

        Assert.True(hits.Count == 0 || !_search.IsRelevant(hits[0]), hits.Count == 0 ? "" : $"{hits[0].Entry.Id} coverage {hits[0].Coverage}");
    }

    public static TheoryData<string> BadQueries => new()
    {
        "",
        "   \t\n ",
        "？！。，、",
        "?!.,;:'\"()[]{}",
        "AND (",
        "title:*",
        "*:*",
        "\"unbalanced quote",
        "lora~2^3 OR -",
        "\\",
        new string('注', 100_000),
        string.Concat(Enumerable.Repeat("attention lora zero kv cache ", 5_000)),
        "\0\u0001\uffff",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void BadQueriesReturnAListAndNeverThrow(string query)
    {
        var hits = _search.Search(query, 5);

        Assert.True(hits.Count <= 5);
        Assert.All(hits, h => Assert.InRange(h.Coverage, 0, 1));
    }

    [Fact]
    public void ResultsAreBestFirstAndAtMostTop()
    {
        var hits = _search.Search("attention memory", 2);

        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public void ANonPositiveTopReturnsNothing()
    {
        Assert.Empty(_search.Search("LoRA", 0));
    }
}
