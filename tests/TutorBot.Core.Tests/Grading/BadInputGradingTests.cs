using Xunit;
using TutorBot.Core.Bank;
using TutorBot.Core.Grading;

namespace TutorBot.Core.Tests.Grading;

public sealed class BadInputGradingTests
{
    private const string ScalingId = "attention-scaling-sqrt-dk";

    [Fact]
    public async Task AHundredThousandCharacterAnswerIsGradedOnThePrefixAndTheFeedbackSaysSo()
    {
        var answer = "Softmax saturates and the gradients vanish. " + new string('x', 100_000);

        var result = await GraderFixture.GradeAsync(ScalingId, answer, Language.En, new GradingOptions { MaxAnswerChars = 2000 });

        Assert.Contains("only the first 2,000", result.Feedback);
        Assert.Contains(result.Covered, c => c.KeyPointId == "softmax-saturation");
    }

    [Fact]
    public async Task BinaryJunkIsReportedAsUnreadableWithAZeroScore()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        var junk = System.Text.Encoding.UTF8.GetString(bytes);

        var result = await GraderFixture.GradeAsync(ScalingId, junk, Language.En);

        Assert.Equal(0, result.Score);
        Assert.Contains("not readable", result.Feedback);
    }

    [Fact]
    public async Task AnAnswerInAScriptOtherThanChineseOrEnglishIsExplainedNotGraded()
    {
        var result = await GraderFixture.GradeAsync(ScalingId, "Дисперсия скалярного произведения растёт, softmax насыщается.", Language.Zh);

        Assert.True(result.Score <= 1);
        Assert.Contains("中文", result.Feedback);
    }

    [Fact]
    public async Task AnEnglishAnswerToAChineseQuestionIsGradedAndTheFeedbackMentionsTheLanguage()
    {
        var result = await GraderFixture.GradeAsync(ScalingId, "Softmax saturates, the output is one-hot and gradients vanish.", Language.Zh);

        Assert.Contains(result.Covered, c => c.KeyPointId == "softmax-saturation");
        Assert.Contains("不同的语言", result.Feedback);
    }

    [Fact]
    public async Task AnEmptyAnswerSaysItIsEmpty()
    {
        var result = await GraderFixture.GradeAsync(ScalingId, "", Language.En);

        Assert.Equal(0, result.Score);
        Assert.Contains("empty", result.Feedback);
        Assert.Equal(3, result.Missed.Count);
    }
}
