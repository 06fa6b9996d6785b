using TutorBot.Core.Text;

namespace TutorBot.Core.Tests.Text;

public sealed class UnicodeTextTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "ｄ＿ｋ　√", "d_k √" },
        { "kept\uFFFFnoncharacter", "kept\uFFFFnoncharacter" },
        { "bad\uFFFE\uFFFFbytes", "bad\uFFFD\uFFFDbytes" },
        { "\uFFFE", "\uFFFD" },
        { "lone \uD800 high", "lone \uFFFD high" },
        { "lone \uDFFF low", "lone \uFFFD low" },
        { "emoji 😀 kept", "emoji 😀 kept" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void NormalizationReplacesCodePointsOnlyWhenTheTextCannotBeNormalizedOtherwise(string text, string expected) =>
        Assert.Equal(expected, UnicodeText.NormalizeKC(text));
}
