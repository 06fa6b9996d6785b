using TutorBot.Core.Bank;

namespace TutorBot.Core.Tests.Grading;

public sealed class FrameworkAdviceTests
{
    private const string ScalingId = "attention-scaling-sqrt-dk";

    [Theory]
    [InlineData("Softmax saturates because the variance grows, which makes gradients vanish.", Language.En, "principle", "definition")]
    [InlineData("因为方差变大，softmax 饱和，梯度消失。", Language.Zh, "原理", "定义")]
    public async Task TheFrameworkAdviceNamesOnlyThePartsTheAnswerLacked(string answer, Language language, string taken, string lacking)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        var advice = result.Feedback.Split('\n').Single(l => l.StartsWith(language == Language.Zh ? "答题框架" : "Answer framework", StringComparison.Ordinal));
        Assert.Contains(lacking, advice);
        Assert.DoesNotContain(taken, advice);
    }

    [Theory]
    [InlineData("I don't know", Language.En, "Answer framework")]
    [InlineData("不知道", Language.Zh, "答题框架")]
    public async Task AnAnswerThatMadeNoPointGetsNoFrameworkAdvice(string answer, Language language, string framework)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        Assert.DoesNotContain(framework, result.Feedback);
    }
}
