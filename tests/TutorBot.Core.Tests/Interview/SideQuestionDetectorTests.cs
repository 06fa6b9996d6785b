using TutorBot.Core.Interview;

namespace TutorBot.Core.Tests.Interview;

public sealed class SideQuestionDetectorTests
{
    [Theory]
    [InlineData("what's FlashAttention again?")]
    [InlineData("What is a KV cache")]
    [InlineData("remind me what GQA means")]
    [InlineData("how does paged attention work?")]
    [InlineData("Why is RMSNorm cheaper?")]
    [InlineData("什么是 FlashAttention？")]
    [InlineData("请问 LoRA 的秩怎么选")]
    [InlineData("KV cache 是什么")]
    [InlineData("为什么要用 RoPE？")]
    public void QuestionsToTheTutorAreRecognised(string line) => Assert.True(SideQuestionDetector.IsSideQuestion(line));

    [Theory]
    [InlineData("The variance of the dot product grows with dk")]
    [InlineData("is it because the variance grows?")]
    [InlineData("maybe softmax saturates?")]
    [InlineData("however you scale it, the softmax saturates")]
    [InlineData("Whatever the size, the cache holds keys and values")]
    [InlineData("点积方差随 dk 增大，softmax 会饱和")]
    [InlineData("因为方差变大了？")]
    [InlineData("")]
    public void AnswersStayAnswersEvenWhenHedged(string line) => Assert.False(SideQuestionDetector.IsSideQuestion(line));
}
