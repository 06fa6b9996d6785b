namespace TutorBot.Calculators.Tests.Bank;

public sealed class AnswerFiguresTests
{
    [Theory]
    [InlineData("所以 7×10^9 × 2 = 14,000,000,000 字节", "bytes", 14e9)]
    [InlineData("i.e. 14 GB (about 13.04 GiB)", "bytes", 14e9)]
    [InlineData("= 4 GiB（约 4.29 GB）", "bytes", 4_294_967_296)]
    [InlineData("512 KiB per token", "bytes", 524_288)]
    [InlineData("about 38.9 days", "seconds", 3_365_385)]
    [InlineData("约 1.3 个月", "seconds", 3_365_385)]
    [InlineData("≈ 3,365,385 秒", "seconds", 3_365_385)]
    [InlineData("3.15×10^23 FLOPs", "flops", 3.15e23)]
    [InlineData("3.15e23 FLOPs", "flops", 3.15e23)]
    [InlineData("18,874,368 个参数（约 1887 万）", "params", 18_874_368)]
    [InlineData("约 67.4 亿", "params", 6_738_415_616)]
    [InlineData("about 6.74B total", "params", 6_738_415_616)]
    [InlineData("约 54.4 毫秒", "seconds", 0.0544)]
    [InlineData("about 54.4 ms", "seconds", 0.0544)]
    [InlineData("(p−1)/m = 7/32 = 21.875%", "fraction", 0.21875)]
    [InlineData("≈ 248.6 tokens/s", "tokens_per_second", 248.57)]
    [InlineData("≈ 3.36 tokens (3.3616)", "tokens", 3.3616)]
    [InlineData("about 1.39×10^12 tokens", "tokens", 1.3856e12)]
    [InlineData("= 1.4×10^11 token，即 140B", "tokens", 1.4e11)]
    public void StatedFigureIsFoundInItsUnit(string text, string unit, double headline)
    {
        Assert.True(AnswerFigures.States(text, unit, headline), string.Join(", ", AnswerFigures.In(text, unit)));
    }

    [Theory]
    [InlineData("2048 × 32 × 4096 × 2 × 4 = 2 GB", "bytes", 4_294_967_296)]
    [InlineData("约 3-4 个月", "seconds", 3_365_385)]
    [InlineData("14 GB", "seconds", 14e9)]
    [InlineData("about 18.9M", "params", 4_194_304)]
    [InlineData("248.6 tokens/s", "tokens", 248.57)]
    [InlineData("3.36 tokens", "tokens_per_second", 3.3616)]
    [InlineData("21.875", "fraction", 0.21875)]
    public void WrongOrMisplacedFigureIsNotAccepted(string text, string unit, double headline)
    {
        Assert.False(AnswerFigures.States(text, unit, headline));
    }
}
