using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;

namespace TutorBot.Core.Tests.Calculations;

public sealed class QuantityFormatterTests
{
    [Theory]
    [InlineData(4294967296, QuantityUnit.Bytes, "4,294,967,296 bytes = 4.295 GB = 4 GiB", "4,294,967,296 字节 = 4.295 GB = 4 GiB")]
    [InlineData(524288, QuantityUnit.Bytes, "524,288 bytes = 524.3 KB = 512 KiB", "524,288 字节 = 524.3 KB = 512 KiB")]
    [InlineData(3365384.6, QuantityUnit.Seconds, "3,365,385 s = 38.951 days = 1.298 months", "3,365,385 秒 = 38.951 天 = 1.298 个月")]
    [InlineData(0.0544, QuantityUnit.Seconds, "0.054 s = 54.4 ms", "0.054 秒 = 54.4 毫秒")]
    [InlineData(6738415616, QuantityUnit.Params, "6,738,415,616 (6.738 B)", "6,738,415,616 (6.738 B)")]
    [InlineData(3.15e23, QuantityUnit.Flops, "3.15e23 FLOPs", "3.15e23 FLOPs")]
    [InlineData(9.36e16, QuantityUnit.FlopsPerSecond, "9.36e16 FLOP/s", "9.36e16 FLOP/s")]
    [InlineData(1.4e12, QuantityUnit.Tokens, "1.4e12 tokens (1,400,000,000,000 (1,400 B))", "1.4e12 个 token（1,400,000,000,000 (1,400 B)）")]
    [InlineData(3.3616, QuantityUnit.Tokens, "3.362 tokens", "3.362 个 token")]
    [InlineData(248.57, QuantityUnit.TokensPerSecond, "248.6 tokens/s", "248.6 tokens/秒")]
    [InlineData(0.21875, QuantityUnit.Fraction, "0.219 = 21.875%", "0.219 = 21.875%")]
    [InlineData(0.0028, QuantityUnit.Fraction, "0.28%", "0.28%")]
    [InlineData(1.5, QuantityUnit.FlopsPerByte, "1.5 FLOPs/byte", "1.5 FLOPs/字节")]
    [InlineData(2.1, QuantityUnit.Ratio, "2.1x", "2.1x")]
    public void TheWorkingShowsTheExactFigureWithItsScalesInEachLanguage(double value, QuantityUnit unit, string en, string zh)
    {
        Assert.Equal(en, QuantityFormatter.Full(new Quantity(value, unit), Language.En));
        Assert.Equal(zh, QuantityFormatter.Full(new Quantity(value, unit), Language.Zh));
    }

    [Theory]
    [InlineData(4294967296, QuantityUnit.Bytes, "4.29 GB (4 GiB)", "4.29 GB（4 GiB）")]
    [InlineData(3365280, QuantityUnit.Seconds, "39 days", "39 天")]
    [InlineData(7200, QuantityUnit.Seconds, "2 hours", "2 小时")]
    [InlineData(12.5, QuantityUnit.Seconds, "12.5 s", "12.5 秒")]
    [InlineData(0.0544, QuantityUnit.Seconds, "54.4 ms", "54.4 毫秒")]
    [InlineData(0.40375, QuantityUnit.Fraction, "40.38%", "40.38%")]
    [InlineData(1.4e12, QuantityUnit.Tokens, "1400B tokens", "1400B 个 token")]
    [InlineData(248.57, QuantityUnit.TokensPerSecond, "248.6 tokens/s", "248.6 tokens/秒")]
    [InlineData(3.15e23, QuantityUnit.Flops, "3.15e23 FLOPs", "3.15e23 FLOPs")]
    [InlineData(6738415616, QuantityUnit.Params, "6.74B", "6.74B")]
    [InlineData(4718592, QuantityUnit.Params, "4.72M", "4.72M")]
    public void FeedbackStatesTheReadableScaleInEachLanguage(double value, QuantityUnit unit, string en, string zh)
    {
        Assert.Equal(en, QuantityFormatter.Brief(new Quantity(value, unit), Language.En));
        Assert.Equal(zh, QuantityFormatter.Brief(new Quantity(value, unit), Language.Zh));
    }
}
