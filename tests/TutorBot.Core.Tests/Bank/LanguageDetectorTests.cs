using TutorBot.Core.Bank;

namespace TutorBot.Core.Tests.Bank;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("为什么注意力要除以根号dk?", Language.Zh)]
    [InlineData("KV cache 显存怎么算", Language.Zh)]
    [InlineData("LoRA的原理", Language.Zh)]
    [InlineData("What does ZeRO-2 shard?", Language.En)]
    [InlineData("why divide by sqrt(d_k) and not 根?", Language.En)]
    [InlineData("", Language.En)]
    [InlineData("?!", Language.En)]
    public void DetectsTheLanguageOfAMessage(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact]
    public void FallsBackWhenThereAreNoLetters() =>
        Assert.Equal(Language.Zh, LanguageDetector.Detect("1234 ...", Language.Zh));

    [Theory]
    [InlineData("zh", true, Language.Zh)]
    [InlineData(" EN ", true, Language.En)]
    [InlineData("中文", true, Language.Zh)]
    [InlineData("fr", false, Language.En)]
    public void ParsesLanguageCodes(string code, bool ok, Language expected)
    {
        Assert.Equal(ok, LanguageDetector.TryParse(code, out var language));
        Assert.Equal(expected, language);
    }
}
