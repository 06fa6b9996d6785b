using TutorBot.Retrieval.Text;
using Xunit;

namespace TutorBot.Retrieval.Tests.Text;

public sealed class LuceneTextAnalyzerTests
{
    private readonly LuceneTextAnalyzer _analyzer = new();

    [Fact]
    public void ChineseIsSegmentedIntoWords()
    {
        var terms = _analyzer.Terms("softmax 进入饱和区，导致梯度消失");

        Assert.Contains("梯度", terms);
        Assert.Contains("softmax", terms);
        Assert.DoesNotContain("，", terms);
    }

    [Theory]
    [InlineData("saturates", "saturation")]
    [InlineData("gradients", "gradient")]
    [InlineData("Sharding", "shards")]
    public void EnglishInflectionsShareAStem(string a, string b)
    {
        Assert.Equal(_analyzer.Terms(a), _analyzer.Terms(b));
    }

    [Fact]
    public void FunctionWordsAreDropped()
    {
        var terms = _analyzer.Terms("The variance of the dot product is large, 这是方差的问题");

        Assert.DoesNotContain("the", terms);
        Assert.DoesNotContain("of", terms);
        Assert.DoesNotContain("的", terms);
        Assert.Contains("varianc", terms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。！？")]
    public void TextWithoutWordsHasNoTerms(string text)
    {
        Assert.Empty(_analyzer.Terms(text));
    }
}
