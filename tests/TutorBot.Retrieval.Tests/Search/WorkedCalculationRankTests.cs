using TutorBot.Core.Bank;
using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Search;

/// <summary>Over the shipped bank: worked calculations answer questions that give figures, explanations those that do not.</summary>
public sealed class WorkedCalculationRankTests(ShippedBankFixture fixture) : IClassFixture<ShippedBankFixture>
{
    [Theory]
    [InlineData("Why does the KV cache grow with the batch size?")]
    [InlineData("what takes up GPU memory during training")]
    [InlineData("KV cache 为什么随 batch 变大？")]
    public void AQuestionWithoutFiguresIsAnsweredFirstByAnEntryThatExplains(string question)
    {
        var top = fixture.Search.Search(question, 3)[0];

        Assert.NotEqual(EntryKind.Calculation, top.Entry.Kind);
    }

    [Theory]
    [InlineData("KV cache of a 7B model in FP16 with batch 4 and 2048 tokens")]
    [InlineData("7B模型FP16推理，batch 4，序列长度2048，需要多少显存？")]
    public void AQuestionWithFiguresStillFindsAWorkedCalculationFirst(string question)
    {
        var top = fixture.Search.Search(question, 3)[0];

        Assert.Equal(EntryKind.Calculation, top.Entry.Kind);
    }
}
