using TutorBot.Core.Grading.Bindings;

namespace TutorBot.Core.Tests.Grading.Bindings;

public sealed class SentenceTextTests
{
    [Theory]
    [InlineData("LLaMA keeps the normalisation cheap: it uses\nRMSNorm before each block.", "rmsnorm")]
    [InlineData("As Zhang et al. showed, LLaMA uses RMSNorm.", "rmsnorm")]
    [InlineData("LLaMA (e.g. LLaMA-2) uses RMSNorm.", "rmsnorm")]
    [InlineData("LLaMA 用的是\nRMSNorm。", "rmsnorm")]
    public void AWrappedLineOrAnAbbreviationDoesNotEndTheSentence(string answer, string later)
    {
        var text = new SentenceText(answer);

        Assert.Equal(text.SentenceOf(0), text.SentenceOf(text.Text.IndexOf(later, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("LLaMA uses RMSNorm.\nGPT uses LayerNorm.", "gpt")]
    [InlineData("Two models differ:\n- GPT uses LayerNorm", "gpt")]
    [InlineData("LLaMA uses RMSNorm\n\nGPT uses LayerNorm", "gpt")]
    [InlineData("LLaMA 用 RMSNorm。GPT 用 LayerNorm。", "gpt")]
    public void ASentenceEndListItemOrBlankLineStartsANewSentence(string answer, string later)
    {
        var text = new SentenceText(answer);

        Assert.NotEqual(text.SentenceOf(0), text.SentenceOf(text.Text.IndexOf(later, StringComparison.Ordinal)));
    }
}
