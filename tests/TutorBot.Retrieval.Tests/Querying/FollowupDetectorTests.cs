using TutorBot.Core.Ask;

namespace TutorBot.Retrieval.Tests.Querying;

public sealed class FollowupDetectorTests
{
    [Theory]
    [InlineData("那为什么不是dk?", true)]
    [InlineData("为啥？", true)]
    [InlineData("那 13B 的呢？", true)]
    [InlineData("why?", true)]
    [InlineData("how is that computed for 70B?", true)]
    [InlineData("what about GQA?", true)]
    [InlineData("解释 Transformer 中的自注意力机制以及多头注意力的设计原因", false)]
    [InlineData("What is the difference between ZeRO-1, ZeRO-2 and ZeRO-3 in DeepSpeed training?", false)]
    [InlineData("", false)]
    public void RecognisesQuestionsThatLeanOnThePreviousTurn(string question, bool expected)
    {
        Assert.Equal(expected, FollowupDetector.IsReferring(question));
    }
}
