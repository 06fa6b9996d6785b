using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Tests.Querying;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("√d_k", " sqrt dk")]
    [InlineData("ＬｏＲＡ", "lora")]
    [InlineData("KV_Cache", "kv cache")]
    [InlineData("n_layers", "n layers")]
    [InlineData("除以根号dk", "除以根号dk")]
    public void FoldsWidthCaseRootsAndShortSubscripts(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
