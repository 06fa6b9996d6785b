using TutorBot.Testing;

namespace TutorBot.Calculators.Tests.Presentation;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("权重：params × bytes per weight = 14 GB", "params,bytes,per,weight")]
    [InlineData("计算步骤：", "")]
    [InlineData("Steps:", "Steps")]
    [InlineData("3,365,385 s = 38.951 days", "days")]
    [InlineData("输入：--params 7000000000 --dtype fp16 --optimizer adamw-mixed", "")]
    [InlineData("KV 缓存：每个 token × batch × 序列长度 = 4,294,967,296 字节 = 4.295 GB = 4 GiB", "")]
    [InlineData("Llama-2-7B 的 MFU 3.15e23 FLOPs，q4_k_m，2sbh，ZeRO-3", "")]
    [InlineData("未给出 context：不计 KV cache", "context,cache")]
    public void FindsTheEnglishWordsAndLeavesSymbolsNamesAndArguments(string text, string expected) =>
        Assert.Equal(
            expected.Split(',', StringSplitOptions.RemoveEmptyEntries),
            EnglishWords.In(text, CalculatorNames.All));
}
