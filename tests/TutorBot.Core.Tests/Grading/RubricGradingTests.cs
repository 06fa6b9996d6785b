using Xunit;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Tests.Grading;

public sealed class RubricGradingTests
{
    private const string ScalingId = "attention-scaling-sqrt-dk";

    [Theory]
    [InlineData("The dot product of q and k has variance d_k, so for large d_k the logits get large. Softmax then saturates and becomes nearly one-hot, and the gradients vanish. Dividing by sqrt(d_k) brings the variance back to 1.", Language.En)]
    [InlineData("d_k 大的时候 Q、K 点积的方差为 d_k，数值过大，softmax 进入饱和区，输出接近 one-hot，导致梯度消失；除以 √d_k 之后方差变为1，训练更稳定。", Language.Zh)]
    public async Task AFullAnswerScoresAtLeastEight(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        Assert.True(result.Score >= 8, $"score {result.Score}\n{result.Feedback}");
        Assert.Empty(result.Missed);
        Assert.Contains("rubric", result.Methods);
    }

    [Theory]
    [InlineData("Without scaling the softmax saturates, the output is almost one-hot and gradients vanish.", Language.En)]
    [InlineData("不缩放的话 softmax 会饱和，输出接近 one-hot，梯度消失。", Language.Zh)]
    public async Task AnAnswerMakingHalfTheKeyPointsScoresBetweenThreeAndSeven(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        Assert.InRange(result.Score, 3, 7);
        Assert.Contains(result.Covered, c => c.KeyPointId == "softmax-saturation");
        Assert.Contains("variance-grows", result.Missed);
    }

    [Theory]
    [InlineData("I like to cook pasta on Sundays with fresh tomatoes.", Language.En)]
    [InlineData("我周末喜欢去公园散步，顺便买点水果。", Language.Zh)]
    [InlineData("", Language.En)]
    [InlineData("   \n ", Language.Zh)]
    public async Task AnOffTopicOrEmptyAnswerScoresAtMostOne(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        Assert.True(result.Score <= 1, $"score {result.Score}");
        Assert.NotEmpty(result.Feedback);
    }

    [Fact]
    public async Task CoveredPointsQuoteTheWordsOfTheAnswerThatShowThem()
    {
        var result = await GraderFixture.GradeAsync(ScalingId, "Mostly guessing here. Softmax saturates for big logits!", Language.En);

        var covered = Assert.Single(result.Covered, c => c.KeyPointId == "softmax-saturation");
        Assert.Equal("Softmax saturates for big logits", covered.Evidence);
    }

    [Fact]
    public async Task FeedbackHintsAtWhatIsMissingWithoutGivingTheReferenceAway()
    {
        var entry = GraderFixture.Entry(ScalingId);

        var result = await GraderFixture.GradeAsync(ScalingId, "Softmax saturates and the gradients vanish.", Language.En);

        Assert.Contains("Missing", result.Feedback);
        Assert.Contains("Next step", result.Feedback);
        Assert.DoesNotContain(entry.Answer.En.Trim(), result.Feedback);
    }

    [Theory]
    [InlineData("Softmax saturates and gradients vanish.", Language.En, "Answer framework")]
    [InlineData("softmax 饱和，梯度消失。", Language.Zh, "答题框架")]
    public async Task ConceptFeedbackNamesTheAnswerFrameworkInTheUsersLanguage(string answer, Language language, string expected)
    {
        var result = await GraderFixture.GradeAsync(ScalingId, answer, language);

        Assert.Contains(expected, result.Feedback);
    }

    [Fact]
    public async Task DenyingAKeyPointScoresLowerThanLeavingItOut()
    {
        var silent = await GraderFixture.GradeAsync(ScalingId, "The variance of the dot product grows with d_k.", Language.En);
        var denying = await GraderFixture.GradeAsync(ScalingId, "The variance of the dot product grows with d_k, but softmax does not saturate.", Language.En);

        Assert.True(denying.Score < silent.Score, $"denying {denying.Score} vs silent {silent.Score}");
        Assert.Contains("deny", denying.Feedback);
    }
}
