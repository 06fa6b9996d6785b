using TutorBot.Core.Conversation;

namespace TutorBot.Core.Tests.Conversation;

public sealed class CalculationWriterTests
{
    [Theory]
    [InlineData(2147483648, "bytes", "2 GiB (2,147,483,648 bytes)")]
    [InlineData(512, "bytes", "512 B")]
    [InlineData(3365395.2, "seconds", "38.951 days")]
    [InlineData(5400, "seconds", "1.5 h")]
    [InlineData(3.15e23, "flops", "315 ZFLOP")]
    [InlineData(6738415616, "params", "6.738 B params")]
    [InlineData(0.3, "ratio", "0.3 ratio")]
    [InlineData(0.21875, "fraction", "21.88%")]
    [InlineData(248.57, "tokens_per_second", "248.6 tokens/s")]
    [InlineData(3.3616, "tokens", "3.36 tokens")]
    public void FiguresAreShownInReadableUnits(double value, string unit, string expected) =>
        Assert.Equal(expected, CalculationWriter.Readable(value, unit));
}
