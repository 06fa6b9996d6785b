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
    public void StatedFigureIsFoundInItsUnit(string text, string unit, double headline)
    {
        Assert.True(AnswerFigures.States(text, unit, headline), string.Join(", ", AnswerFigures.In(text, unit)));
    }

    [Theory]
    [InlineData("2048 × 32 × 4096 × 2 × 4 = 2 GB", "bytes", 4_294_967_296)]
    [InlineData("约 3-4 个月", "seconds", 3_365_385)]
    [InlineData("14 GB", "seconds", 14e9)]
    [InlineData("about 18.9M", "params", 4_194_304)]
    public void WrongOrMisplacedFigureIsNotAccepted(string text, string unit, double headline)
    {
        Assert.False(AnswerFigures.States(text, unit, headline));
    }
}
