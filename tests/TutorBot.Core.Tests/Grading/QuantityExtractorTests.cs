using TutorBot.Core.Calculations;
using TutorBot.Core.Grading.Numeric;
using Xunit;

namespace TutorBot.Core.Tests.Grading;

public sealed class QuantityExtractorTests
{
    [Theory]
    [InlineData("总计约 14GB", 14e9, QuantityUnit.Bytes)]
    [InlineData("about 4 GiB of KV cache", 4294967296.0, QuantityUnit.Bytes)]
    [InlineData("3.15×10²³ FLOPs", 3.15e23, QuantityUnit.Flops)]
    [InlineData("roughly 3.15e23 FLOPs in total", 3.15e23, QuantityUnit.Flops)]
    [InlineData("6 x 10^23 flops", 6e23, QuantityUnit.Flops)]
    [InlineData("训练时间约 39 天", 39 * 86400.0, QuantityUnit.Seconds)]
    [InlineData("about 1.3 months", 1.3 * 30.44 * 86400, QuantityUnit.Seconds)]
    [InlineData("a 175B model", 175e9, null)]
    [InlineData("70亿参数", 7e9, QuantityUnit.Params)]
    [InlineData("1.3万", 13000.0, null)]
    [InlineData("512 MB", 512e6, QuantityUnit.Bytes)]
    [InlineData("约 54.4 毫秒", 0.0544, QuantityUnit.Seconds)]
    [InlineData("about 54.4 ms", 0.0544, QuantityUnit.Seconds)]
    [InlineData("MFU ≈ 40.38%", 0.4038, QuantityUnit.Fraction)]
    [InlineData("at most 248.6 tokens/s", 248.6, QuantityUnit.TokensPerSecond)]
    [InlineData("约 248.6 tokens / s", 248.6, QuantityUnit.TokensPerSecond)]
    [InlineData("about 1.4T tokens", 1.4e12, QuantityUnit.Tokens)]
    [InlineData("平均 3.36 个 token", 3.36, QuantityUnit.Tokens)]
    public void AFigureIsReadWithItsUnit(string text, double value, QuantityUnit? unit)
    {
        var quantity = Assert.Single(QuantityExtractor.Extract(text), q => q.Unit == unit && Math.Abs(q.Value / value - 1) < 1e-9);

        Assert.NotEmpty(quantity.Text);
    }

    [Fact]
    public void TheFirstNumberOfARangeTakesTheUnitOfTheSecond()
    {
        var quantities = QuantityExtractor.Extract("训练时间：约3-4个月");

        Assert.Equal(2, quantities.Count);
        Assert.All(quantities, q => Assert.Equal(QuantityUnit.Seconds, q.Unit));
        Assert.Equal(3 * 30.44 * 86400, quantities[0].Value, 1);
    }

    [Fact]
    public void GigabytesAlsoOfferTheBinaryReading()
    {
        var quantity = Assert.Single(QuantityExtractor.Extract("2GB"));

        Assert.Equal(2e9, quantity.Value);
        Assert.Equal(2.0 * (1 << 30), quantity.AltValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no numbers here at all")]
    [InlineData("d_k and softmax")]
    public void TextWithoutFiguresYieldsNothing(string text)
    {
        Assert.Empty(QuantityExtractor.Extract(text));
    }
}
