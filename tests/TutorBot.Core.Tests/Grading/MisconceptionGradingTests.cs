using TutorBot.BankFiles;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using TutorBot.Core.Grading.Rubric;
using Xunit;

namespace TutorBot.Core.Tests.Grading;

public sealed class MisconceptionGradingTests
{
    [Theory]
    [InlineData("ZeRO-1 shards the parameters across GPUs, ZeRO-2 also shards gradients.", Language.En, "ZeRO-1 shards only the optimizer states")]
    [InlineData("ZeRO-1 切分模型参数，ZeRO-2 再切分梯度。", Language.Zh, "ZeRO-1 只切分优化器状态")]
    public async Task SayingZeroOneShardsParametersIsCorrectedAndScoresBelowLeavingItOut(string answer, Language language, string correction)
    {
        var silent = await GraderFixture.GradeAsync("zero-stages", language == Language.Zh ? "ZeRO-2 再切分梯度。" : "ZeRO-2 also shards gradients.", language);

        var wrong = await GraderFixture.GradeAsync("zero-stages", answer, language);

        Assert.Contains(correction, wrong.Feedback);
        Assert.True(wrong.Score < silent.Score, $"wrong {wrong.Score} vs silent {silent.Score}");
        Assert.DoesNotContain(wrong.Covered, c => c.KeyPointId == "zero1-optimizer");
    }

    [Fact]
    public async Task ANegatedWrongClaimIsNotPenalised()
    {
        var result = await GraderFixture.GradeAsync("flashattention", "FlashAttention does not reduce FLOPs; it tiles the work into SRAM to cut HBM reads and writes.", Language.En);

        Assert.DoesNotContain("A claim is wrong", result.Feedback);
        Assert.Contains(result.Covered, c => c.KeyPointId == "tiling-sram");
    }

    [Fact]
    public void MalformedLinesOfTheTableAreSkipped()
    {
        using var temp = new TutorBot.Testing.TempDirectory();
        temp.Write(BankSideFiles.MisconceptionsFileName, "# comment\nonly | two\nA | b | 中 | en\n | b | 中 | en\n");

        var table = BankSideFiles.LoadMisconceptions(temp.Path);

        var rule = Assert.Single(table.Rules);
        Assert.Equal(["A"], rule.Subjects);
    }
}
