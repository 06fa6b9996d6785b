using System.Text.Json;
using TutorBot.Calculators;
using TutorBot.Calculators.Presets;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Calc;

public sealed class CalcCommandTests
{
    private static readonly string[] Names =
    [
        .. CalculatorsHostBuilderExtensions.CreateCalculatorService().Names,
        .. ModelPresets.All.SelectMany(m => new[] { m.Name, m.DisplayName }),
    ];

    [Fact]
    public async Task JsonOutputHasTheDocumentedShape()
    {
        var run = await CliRunner.RunAsync(["calc", "kv-cache", "--model", "llama-2-7b", "--context", "4096", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal(["calculator", "inputs", "assumptions", "result", "steps"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("kv-cache", root.GetProperty("calculator").GetString());
        Assert.Equal("llama-2-7b", root.GetProperty("inputs").GetProperty("model").GetString());
        Assert.Equal(2_147_483_648, root.GetProperty("result").GetProperty("bytes").GetDouble());
        Assert.Equal(524_288, root.GetProperty("result").GetProperty("bytes_per_token").GetDouble());
        Assert.Equal(JsonValueKind.String, root.GetProperty("steps")[0].ValueKind);
    }

    [Fact]
    public async Task TextOutputShowsFormulaSubstitutionAndBothByteUnits()
    {
        var run = await CliRunner.RunAsync(["calc", "kv-cache", "--layers", "32", "--hidden", "4096", "--batch", "4", "--context", "2048"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 × bytes × layers × hidden", run.StdOut);
        Assert.Contains("2 × 2 × 32 × 4096", run.StdOut);
        Assert.Contains("4,294,967,296 bytes = 4.295 GB = 4 GiB", run.StdOut);
    }

    [Fact]
    public async Task ChineseQuestionIsRoutedAndAnsweredInChinese()
    {
        var run = await CliRunner.RunAsync(["calc", "--text", "7B模型FP16推理，batch 4，序列长度2048，需要多少显存？"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("识别为：inference-memory", run.StdOut);
        Assert.Contains("计算步骤", run.StdOut);
        Assert.Contains("14,000,000,000 字节 = 14 GB", run.StdOut);
        Assert.Contains("4,294,967,296 字节", run.StdOut);
    }

    [Fact]
    public async Task EveryStepAndAssumptionOfAChineseQuestionIsInChinese()
    {
        var run = await CliRunner.RunAsync(["calc", "--text", "7B模型FP16推理，batch 4，序列长度2048，需要多少显存？", "--lang", "zh"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var working = lines.SkipWhile(l => l != "假设：").Where(l => l.StartsWith("- ", StringComparison.Ordinal) || char.IsAsciiDigit(l[0])).ToList();
        Assert.Equal(2 + 5, working.Count);
        Assert.All(working, line => Assert.Empty(EnglishWords.In(line, Names)));
        Assert.Contains("权重：参数量 × 每个权重的字节数 = 7,000,000,000 × 2（fp16：每个值 2 字节）", run.StdOut);
        Assert.Empty(EnglishWords.In(run.StdOut, Names));
    }

    [Fact]
    public async Task EnglishQuestionGivesTheCorrectedSeedTrainingTime()
    {
        var run = await CliRunner.RunAsync(["calc", "--text", "How long to train a 175B model on 300B tokens with 1000 A100s at 30% MFU?", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal("training-time", json.RootElement.GetProperty("calculator").GetString());
        Assert.Equal(3.15e23, json.RootElement.GetProperty("result").GetProperty("flops").GetDouble(), 1e10);
        Assert.Equal(38.95, json.RootElement.GetProperty("result").GetProperty("days").GetDouble(), 2);
    }

    [Fact]
    public async Task QuestionMissingEssentialsSaysWhatIsMissing()
    {
        var run = await CliRunner.RunAsync(["calc", "--text", "How long does it take to train a 7B model on 1T tokens?"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: gpus:", run.StdErr);
        Assert.Contains("gpu", run.StdErr);
    }

    [Theory]
    [InlineData("layers", "calc kv-cache --layers -32 --hidden 4096 --context 2048")]
    [InlineData("context", "calc kv-cache --layers 32 --hidden 4096 --context 0")]
    [InlineData("dtype", "calc kv-cache --layers 32 --hidden 4096 --context 2048 --dtype fp7")]
    [InlineData("zero", "calc training-memory --params 7B --zero 4")]
    [InlineData("heads", "calc kv-cache --layers 32 --hidden 4096 --heads 30 --context 2048")]
    [InlineData("params", "calc quantized-size --params seven --format int4")]
    [InlineData("foo", "calc kv-cache --layers 32 --hidden 4096 --context 2048 --foo 3")]
    [InlineData("layers", "calc kv-cache --hidden 4096 --context 2048 --layers")]
    public async Task BadInputGivesAOneLineErrorNamingTheArgumentAndExitCode2(string argument, string commandLine)
    {
        var run = await CliRunner.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {argument}:", run.StdErr);
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal("", run.StdOut);
    }
}
