using TutorBot.Retrieval.Evaluation;
using TutorBot.Testing;

namespace TutorBot.Retrieval.Tests.Evaluation;

public sealed class RetrievalEvalSetTests
{
    [Fact]
    public void ReadsQueriesWithOneOrSeveralIdsOrNoAnswerAndSkipsCommentsAndBlankLines()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("set.tsv", "# comment\n\nLoRA的原理\tlora-principle\nkv cache\tkv-cache-why, calc-kv\nbread\t-\n");

        var cases = RetrievalEvalSet.Load(path);

        Assert.Equal(3, cases.Count);
        Assert.Equal(new RetrievalEvalCase("LoRA的原理", ["lora-principle"], 3).Query, cases[0].Query);
        Assert.Equal(["lora-principle"], cases[0].ExpectedIds);
        Assert.Equal(["kv-cache-why", "calc-kv"], cases[1].ExpectedIds);
        Assert.False(cases[2].IsAnswerable);
        Assert.Equal(5, cases[2].Line);
    }

    [Theory]
    [InlineData("no tab here\n")]
    [InlineData("query\t\n")]
    [InlineData("a\tb\tc\n")]
    public void AMalformedLineIsReportedWithFileAndLine(string contents)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("set.tsv", "ok\tid\n" + contents);

        var error = Assert.Throws<FormatException>(() => RetrievalEvalSet.Load(path));

        Assert.StartsWith($"{path}:2:", error.Message);
    }
}
