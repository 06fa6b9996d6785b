using TutorBot.Discord.Rendering;

namespace TutorBot.Discord.Tests.Units;

public sealed class MessageSplitterTests
{
    [Fact]
    public void ShortTextStaysOneMessage()
    {
        Assert.Equal(["line one\nline two"], MessageSplitter.Split("line one\nline two"));
    }

    [Theory]
    [InlineData(30, 100)]
    [InlineData(1999, 3)]
    [InlineData(2000, 2)]
    [InlineData(5, 900)]
    public void LongTextSplitsOnLineBoundariesWithinTheLimit(int lineLength, int lines)
    {
        var source = Enumerable.Range(0, lines).Select(i => (char)('a' + i % 26) + new string('x', lineLength - 1)).ToList();

        var chunks = MessageSplitter.Split(string.Join('\n', source));

        Assert.All(chunks, c => Assert.True(c.Length <= 2000, $"{c.Length} characters"));
        Assert.Equal(source, chunks.SelectMany(c => c.Split('\n')));
    }

    [Fact]
    public void ASingleOverlongLineIsCutBetweenWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("attention", 500));

        var chunks = MessageSplitter.Split(words);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Length <= 2000));
        Assert.All(chunks, c => Assert.StartsWith("attention", c));
        Assert.Equal(500, chunks.Sum(c => c.Split(' ').Length));
    }

    [Fact]
    public void ChineseTextWithoutSpacesIsCutAtTheLimitWithoutSplittingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("注意力😀", 1000));

        var chunks = MessageSplitter.Split(text);

        Assert.Equal(text, string.Concat(chunks));
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1])));
    }
}
