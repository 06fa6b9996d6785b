using TutorBot.Core.Ask;

namespace TutorBot.Retrieval.Tests.Querying;

public sealed class ContrastFollowupTests
{
    [Theory]
    [InlineData("那训练呢？", "训练")]
    [InlineData("量化的话呢?", "量化")]
    [InlineData("换成 MoE 呢", "MoE")]
    [InlineData("and for training?", "training")]
    [InlineData("what about the decoder?", "decoder")]
    [InlineData("How about MQA", "MQA")]
    [InlineData("那它的代价呢？", null)]
    [InlineData("what about it?", null)]
    [InlineData("那文档怎么切分？", null)]
    [InlineData("why does it reduce memory?", null)]
    [InlineData("what about the memory it needs at long context lengths?", null)]
    [InlineData("如果是一个很长很长的上下文窗口的话呢？", null)]
    public void FindsWhatTheFollowupAsksThePreviousQuestionAbout(string question, string? expected)
    {
        Assert.Equal(expected, ContrastFollowup.Subject(question));
    }
}
