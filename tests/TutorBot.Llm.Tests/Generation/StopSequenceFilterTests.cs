using TutorBot.Llm.Generation;

namespace TutorBot.Llm.Tests.Generation;

public sealed class StopSequenceFilterTests
{
    [Fact]
    public void StopsAtAStopSequenceSplitAcrossPiecesWithoutShowingAnyOfIt()
    {
        var filter = new StopSequenceFilter(["\nUser:"]);
        var shown = string.Concat(new[] { "Hello", " there\nUs", "er: more" }.Select(filter.Append)) + filter.Flush();

        Assert.True(filter.Stopped);
        Assert.Equal("Hello there", shown);
        Assert.Equal("Hello there", filter.Text);
    }

    [Fact]
    public void HeldBackTextComesOutWhenGenerationEnds()
    {
        var filter = new StopSequenceFilter(["STOP"]);

        var streamed = filter.Append("abcST");
        var rest = filter.Flush();

        Assert.False(filter.Stopped);
        Assert.Equal("abcST", streamed + rest);
        Assert.Equal("ab", streamed);
    }

    [Fact]
    public void WithoutStopSequencesEverythingIsShownAtOnce()
    {
        var filter = new StopSequenceFilter([]);

        Assert.Equal("abc", filter.Append("abc"));
    }
}
