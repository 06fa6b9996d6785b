using TutorBot.Llm.Memory;

namespace TutorBot.Llm.Tests.Memory;

public sealed class ByteSizeTests
{
    [Theory]
    [InlineData("24GiB", 24L << 30)]
    [InlineData("8 GB", 8_000_000_000L)]
    [InlineData("512MB", 512_000_000L)]
    [InlineData("1.5GiB", 3L << 29)]
    [InlineData("1073741824", 1L << 30)]
    public void ParsesSizesAsPeopleWriteThem(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("8 parsecs")]
    [InlineData("-1GB")]
    [InlineData("0")]
    public void RejectsWhatIsNotASize(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }
}
