using TutorBot.Core.Ask;
using TutorBot.Core.Calculations;

namespace TutorBot.Retrieval.Tests.Ask;

public sealed class QuantityFormatterTests
{
    [Theory]
    [InlineData(4294967296, "bytes", "4 GiB (4,294,967,296 bytes)")]
    [InlineData(524288, "bytes", "512 KiB (524,288 bytes)")]
    [InlineData(512, "bytes", "512 B")]
    [InlineData(3365280, "seconds", "39 days (3.365e+6 s)")]
    [InlineData(7200, "seconds", "2 hours")]
    [InlineData(3.15e23, "flops", "3.15e+23 FLOPs")]
    [InlineData(4718592, "params", "4.72M params")]
    public void WritesTheHeadlineAsAPersonWould(double value, string unit, string expected)
    {
        Assert.Equal(expected, QuantityFormatter.Format(new CalculationHeadline("x", value, unit)));
    }
}
