using TutorBot.Core.Bank;
using Xunit;

namespace TutorBot.Core.Tests.Grading;

public sealed class EchoGradingTests
{
    [Theory]
    [InlineData("gguf-k-quants")]
    [InlineData("rag-chunking-and-retrieval")]
    [InlineData("calc-param-count-llama2-13b")]
    [InlineData("zero-stages")]
    public async Task TheQuestionTypedBackEarnsNothingInEitherLanguage(string id)
    {
        foreach (var language in new[] { Language.Zh, Language.En })
        {
            var result = await GraderFixture.GradeAsync(id, GraderFixture.Entry(id).Question.For(language), language);

            Assert.True(result.Score == 0, $"{id}/{language}: {result.Score}");
        }
    }

    [Theory]
    [InlineData("What is the difference between ZeRO-1, ZeRO-2 and ZeRO-3? ZeRO-1 shards the optimizer states, ZeRO-2 also the gradients, ZeRO-3 the parameters too.", Language.En)]
    [InlineData("ZeRO-1、ZeRO-2 和 ZeRO-3 的区别是什么？ZeRO-1 切分优化器状态，ZeRO-2 再切分梯度，ZeRO-3 连参数也切分。", Language.Zh)]
    public async Task RepeatingTheQuestionBeforeAnsweringItCostsNothing(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync("zero-stages", answer, language);

        Assert.True(result.Score >= 7, $"score {result.Score}");
    }

    [Theory]
    [InlineData("GGUF and k-quants such as Q4_K_M.", Language.En)]
    [InlineData("GGUF 和 k-quants，比如 Q4_K_M。", Language.Zh)]
    public async Task AliasesThatOccurInTheQuestionShowNothing(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync("gguf-k-quants", answer, language);

        Assert.True(result.Score <= 1, $"score {result.Score}");
    }
}
