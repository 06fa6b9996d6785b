using TutorBot.Core.Interview;

namespace TutorBot.Core.Tests.Interview;

public sealed class AnswerLevelsTests
{
    [Theory]
    [InlineData("I don't know", true)]
    [InlineData("no idea, sorry", true)]
    [InlineData("pass", true)]
    [InlineData("I'll pass.", true)]
    [InlineData("skip", true)]
    [InlineData("不知道", true)]
    [InlineData("这题我不会", true)]
    [InlineData("跳过", true)]
    [InlineData("...", true)]
    [InlineData("a forward pass and a backward pass", false)]
    [InlineData("skip connections keep the gradient", false)]
    [InlineData("检查数据批次、梯度范数；回滚检查点并跳过问题数据", false)]
    [InlineData("缩放后 softmax 不会饱和", false)]
    [InlineData("I don't know the exact number, but the KV cache grows linearly with the sequence length and the batch", false)]
    public void AnAdmissionOfNotKnowingIsBlankAndContentThatUsesTheSameWordsIsNot(string answer, bool blank)
    {
        Assert.Equal(blank, AnswerLevels.IsBlank(answer));
    }

    [Theory]
    [InlineData("回滚检查点并跳过问题数据", 5.7, AnswerLevel.Partial)]
    [InlineData("不会", 0, AnswerLevel.Blank)]
    [InlineData("variance grows", 1.5, AnswerLevel.Blank)]
    [InlineData("variance grows", 8, AnswerLevel.Strong)]
    public void TheLevelComesFromTheTextAndTheScore(string answer, double score, AnswerLevel level)
    {
        Assert.Equal(level, AnswerLevels.Of(answer, score, new InterviewOptions()));
    }
}
