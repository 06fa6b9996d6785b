using TutorBot.Calculators.Arguments;

namespace TutorBot.Calculators.Tests.Arguments;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("7B", false, 7e9)]
    [InlineData("70b", false, 70e9)]
    [InlineData("1.5T", false, 1.5e12)]
    [InlineData("300B tokens", false, 300e9)]
    [InlineData("4,096", false, 4096)]
    [InlineData("175e9", false, 175e9)]
    [InlineData("70亿", false, 7e9)]
    [InlineData("2k", true, 2048)]
    [InlineData("32K", true, 32768)]
    [InlineData("128k", true, 131072)]
    [InlineData("2k", false, 2000)]
    [InlineData("18M", false, 18e6)]
    public void CountsAreReadWithTheirScale(string text, bool binaryThousands, double expected)
    {
        Assert.Equal(expected, QuantityParser.ParseCount(text, binaryThousands));
    }

    [Theory]
    [InlineData("seven")]
    [InlineData("7Q")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void UnreadableCountsAreNull(string text)
    {
        Assert.Null(QuantityParser.ParseCount(text));
    }

    [Theory]
    [InlineData("0.3", 0.3)]
    [InlineData("30%", 0.3)]
    [InlineData("45 %", 0.45)]
    public void FractionsAcceptPercentages(string text, double expected)
    {
        Assert.Equal(expected, QuantityParser.ParseFraction(text)!.Value, 12);
    }

    [Theory]
    [InlineData("80GB", 80e9)]
    [InlineData("80 GiB", 80d * 1024 * 1024 * 1024)]
    [InlineData("512KiB", 512 * 1024)]
    public void ByteSizesKnowDecimalAndBinaryUnits(string text, double expected)
    {
        Assert.Equal(expected, QuantityParser.ParseBytes(text));
    }

    [Theory]
    [InlineData("312", 312)]
    [InlineData("312 TFLOPS", 312)]
    [InlineData("0.989 PFLOPS", 989)]
    [InlineData("312e12 FLOPS", 312)]
    public void ThroughputIsReadInTflops(string text, double expected)
    {
        Assert.Equal(expected, QuantityParser.ParseTflops(text)!.Value, 9);
    }
}
