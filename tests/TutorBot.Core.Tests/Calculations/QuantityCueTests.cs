using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Calculations;

public sealed class QuantityCueTests
{
    [Theory]
    [InlineData("A 13-billion model in int8 serving two 8k-token conversations?", true)]
    [InlineData("70b network at 4 bits", true)]
    [InlineData("80GB 的卡放得下吗", true)]
    [InlineData("8 张卡训练要几天", true)]
    [InlineData("训练 1.4T tokens", true)]
    [InlineData("What does ZeRO-3 shard?", false)]
    [InlineData("Llama 2 和 Llama 3 有什么区别？", false)]
    [InlineData("为什么注意力要除以根号dk？", false)]
    public void AQuestionStatesAQuantityOrNot(string question, bool expected)
    {
        Assert.Equal(expected, QuantityCue.IsIn(question));
    }
}
