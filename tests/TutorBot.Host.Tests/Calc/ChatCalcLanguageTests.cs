using TutorBot.Calculators;
using TutorBot.Calculators.Presets;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Calc;

public sealed class ChatCalcLanguageTests : IDisposable
{
    private const string Question = "7B模型FP16推理，batch 4，序列长度2048，需要多少显存？";

    private static readonly string[] Names =
    [
        .. CalculatorsHostBuilderExtensions.CreateCalculatorService().Names,
        .. ModelPresets.All.SelectMany(m => new[] { m.Name, m.DisplayName }),
    ];

    private readonly TempDirectory _directory = new();

    [Theory]
    [InlineData("/calc")]
    [InlineData("/ask")]
    public async Task AfterLangZhTheWorkingOfACalculationIsAllChinese(string verb)
    {
        var result = await CliRunner.RunAsync(["chat", "--db", _directory.File("t.db")], $"/lang zh\n{verb} {Question}\n/quit\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("inference-memory 结果：21,953,960,755.2 字节", result.StdOut);
        Assert.Contains("假设：", result.StdOut);
        Assert.Contains("5. 总计：权重 + KV 缓存 + 额外开销", result.StdOut);
        Assert.Empty(EnglishWords.In(result.StdOut, Names));
    }

    [Fact]
    public async Task AfterLangEnTheSameQuestionIsWorkedInEnglish()
    {
        var result = await CliRunner.RunAsync(["chat", "--db", _directory.File("t.db")], $"/lang en\n/calc {Question}\n/quit\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("inference-memory: total_bytes = 21,953,960,755.2 bytes", result.StdOut);
        Assert.Contains("Weights: params × bytes per weight = 7,000,000,000 × 2 (fp16: 2 bytes per value)", result.StdOut);
        var working = result.StdOut[result.StdOut.IndexOf("inference-memory", StringComparison.Ordinal)..];
        Assert.DoesNotContain(working, c => c is >= '\u4e00' and <= '\u9fff');
    }

    public void Dispose() => _directory.Dispose();
}
