using TutorBot.Retrieval.Querying;

namespace TutorBot.Retrieval.Tests.Querying;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("attention", "attention", 0)]
    [InlineData("attension", "attention", 1)]
    [InlineData("quantizaton", "quantization", 1)]
    [InlineData("teh", "the", 1)]
    [InlineData("lora", "qlora", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void CountsInsertionsDeletionsSubstitutionsAndTranspositions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, 10));
    }

    [Fact]
    public void StopsOnceTheLimitIsReached()
    {
        Assert.True(EditDistance.Compute("abcdefgh", "zyxwvuts", 2) >= 2);
    }
}
