using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using Xunit;

namespace TutorBot.Core.Tests.Grading;

/// <summary>The seed's two worked calculations, against a fake calculator that returns the correct figures.</summary>
public sealed class NumericGradingTests
{
    private const double TrainingSeconds = 6 * 175e9 * 300e9 / (1000 * 312e12 * 0.3);
    private const double KvCacheBytes = 2.0 * 2 * 32 * 4 * 2048 * 4096;

    private static readonly BankEntry TrainingTime = CalculationEntry(
        "training-time-175b",
        new KeyPoint("six-n-d", 1, new LocalizedText("计算量约为 6 × 参数量 × token 数", "Compute is about 6 × parameters × tokens"), ["6ND", "6 × 175B × 300B", "6 * N * D", "6倍"]),
        new KeyPoint("utilisation", 1, new LocalizedText("按实际利用率折算有效算力", "Effective throughput uses a realistic utilisation"), ["利用率", "utilization", "utilisation", "MFU"]));

    private static readonly BankEntry KvCache = CalculationEntry(
        "kv-cache-7b",
        new KeyPoint("k-and-v", 1, new LocalizedText("K 和 V 各存一份（乘 2）", "Both K and V are stored (× 2)"), ["K和V", "K and V", "key and value"]));

    private static readonly FakeCalculatorService TrainingCalculator = new("training-time", new CalculationResult(
        "training-time",
        new Dictionary<string, string>(),
        [],
        new Dictionary<string, double> { ["total_flops"] = 3.15e23, ["seconds"] = TrainingSeconds, ["days"] = TrainingSeconds / 86400 },
        [
            new CalculationStep(new LocalizedText("训练计算量", "Training compute"), new LocalizedText("6 × 参数量 × token 数", "6 × params × tokens"), new LocalizedText("6 × 175e9 × 300e9", "6 × 175e9 × 300e9"), Quantity.Flops(3.15e23)),
            new CalculationStep(new LocalizedText("实际吞吐", "Achieved throughput"), new LocalizedText("GPU 数 × 峰值算力 × MFU", "GPUs × peak × MFU"), new LocalizedText("1000 × 312e12 × 0.3", "1000 × 312e12 × 0.3"), Quantity.FlopsPerSecond(9.36e16)),
        ])
    {
        Headline = new CalculationHeadline("seconds", Quantity.Seconds(TrainingSeconds)),
    });

    private static readonly FakeCalculatorService KvCalculator = new("kv-cache", new CalculationResult(
        "kv-cache",
        new Dictionary<string, string>(),
        [],
        new Dictionary<string, double> { ["kv_cache_bytes"] = KvCacheBytes, ["per_token_bytes"] = KvCacheBytes / (4 * 2048) },
        [new CalculationStep(new LocalizedText("KV 缓存", "KV cache"), new LocalizedText("2 × 字节数 × 层数 × batch × 序列长度 × 隐藏维度", "2 × bytes × layers × batch × context × hidden"), new LocalizedText("2 × 2 × 32 × 4 × 2048 × 4096", "2 × 2 × 32 × 4 × 2048 × 4096"), Quantity.Bytes(KvCacheBytes))])
    {
        Headline = new CalculationHeadline("kv_cache_bytes", Quantity.Bytes(KvCacheBytes)),
    });

    [Theory]
    [InlineData("计算量 6 × 175B × 300B = 3.15×10²³ FLOPs，按 30% 利用率，1000 张 A100 大约需要 39 天。", Language.Zh)]
    [InlineData("Compute is 6ND = 3.15e23 FLOPs; at 30% utilization on 1000 A100s that is about 39 days.", Language.En)]
    [InlineData("about 1.3 months", Language.En)]
    public async Task ACorrectTrainingTimeScoresAtLeastEight(string answer, Language language)
    {
        var result = await Grade(TrainingTime, TrainingCalculator, answer, language);

        Assert.True(result.Score >= 8, $"score {result.Score}\n{result.Feedback}");
        Assert.Contains("numeric", result.Methods);
    }

    [Theory]
    [InlineData("计算量：6 × 175B × 300B = 3.15×10²³ FLOPs\n训练时间：约3-4个月", Language.Zh, "高")]
    [InlineData("Compute: 6 × 175B × 300B = 3.15×10²³ FLOPs. Training time: about 3-4 months.", Language.En, "higher")]
    public async Task TheSeedsTrainingTimeOfThreeToFourMonthsScoresAtMostFiveAndSaysItIsTooHigh(string answer, Language language, string named)
    {
        var result = await Grade(TrainingTime, TrainingCalculator, answer, language);

        Assert.True(result.Score <= 5, $"score {result.Score}\n{result.Feedback}");
        Assert.Contains(named, result.Feedback);
    }

    [Fact]
    public async Task TheSeedsTwoGigabyteKvCacheIsCaughtAsOffByAFactorOfTwo()
    {
        var result = await Grade(KvCache, KvCalculator, "KV缓存：2048 × 32层 × 4096维度 × 2 × 4 = 2GB", Language.Zh);

        Assert.True(result.Score <= 5, $"score {result.Score}\n{result.Feedback}");
        Assert.Contains("2 倍", result.Feedback);
    }

    [Fact]
    public async Task AnIntermediateFigureIsNamedAsSuch()
    {
        var result = await Grade(KvCache, KvCalculator, "It is 512 KiB", Language.En);

        Assert.Contains("per_token_bytes", result.Feedback);
    }

    [Fact]
    public async Task AnAnswerWithoutAFigureGetsOnlyMethodCredit()
    {
        var result = await Grade(KvCache, KvCalculator, "You store K and V for every layer and token.", Language.En);

        Assert.InRange(result.Score, 1, 3);
        Assert.Contains("No figure", result.Feedback);
    }

    [Fact]
    public async Task TheGraderRunsTheCalculatorOnTheEntrysCalcBlock()
    {
        var calculator = new FakeCalculatorService("kv-cache", KvCalculator.Run("kv-cache", new Dictionary<string, string>()));

        await Grade(KvCache, calculator, "4 GiB", Language.En);

        Assert.Equal("7B", calculator.LastArguments?["params"]);
    }

    [Fact]
    public async Task WithoutACalculatorTheRubricGradesTheMethod()
    {
        var result = await GraderFixture.CreateGrader().GradeAsync(new GradeRequestBuilder(KvCache, "K and V are both cached", Language.En).Build());

        Assert.DoesNotContain("numeric", result.Methods);
        Assert.Contains("rubric", result.Methods);
    }

    private static Task<TutorBot.Core.Grading.GradeResult> Grade(BankEntry entry, ICalculatorService calculator, string answer, Language language) =>
        GraderFixture.CreateGrader(calculators: calculator).GradeAsync(new GradeRequestBuilder(entry, answer, language).Build());

    private static BankEntry CalculationEntry(string id, params KeyPoint[] keyPoints) => new(
        id,
        "calculation",
        3,
        EntryKind.Calculation,
        new LocalizedText("估算", "Estimate"),
        new LocalizedText("见计算", "See the calculation"),
        keyPoints,
        [],
        [],
        new CalcSpec(id.StartsWith("kv", StringComparison.Ordinal) ? "kv-cache" : "training-time", new Dictionary<string, string> { ["params"] = "7B" }));
}
