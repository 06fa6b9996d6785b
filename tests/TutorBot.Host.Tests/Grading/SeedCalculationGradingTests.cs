using TutorBot.Core.Bank;
using Xunit;

namespace TutorBot.Host.Tests.Grading;

/// <summary>The seed's worked calculations, graded against the real calculators: its wrong figures must be caught.</summary>
public sealed class SeedCalculationGradingTests
{
    [Theory]
    [InlineData("calc-seed-training-time-175b", Language.Zh, "计算量 6 × 175B × 300B = 3.15×10²³ FLOPs；有效算力 1000 × 312 TFLOPS × 30%；训练时间约 39 天。")]
    [InlineData("calc-seed-training-time-175b", Language.En, "6 × 175e9 × 300e9 = 3.15e23 FLOPs; at 30% of 312 TFLOPS on 1000 GPUs that is about 39 days.")]
    [InlineData("calc-seed-kv-cache-7b-batch4", Language.Zh, "KV 缓存 = 2 × 2 字节 × 32 层 × batch 4 × 2048 × 4096 = 4 GiB")]
    [InlineData("calc-seed-kv-cache-7b-batch4", Language.En, "KV cache = 2 (K and V) × 2 bytes × 32 layers × 4 × 2048 × 4096 = 4 GiB")]
    [InlineData("calc-seed-inference-memory-7b", Language.En, "Weights 7B × 2 bytes = 14 GB; KV cache 2 × 2 × 32 × 4 × 2048 × 4096 = 4 GiB; total about 18.3 GB.")]
    public async Task ACorrectFigureScoresAtLeastEight(string id, Language language, string answer)
    {
        var result = await GradingServices.GradeAsync(id, answer, language);

        Assert.True(result.Score >= 8, $"{id}: {result.Score}\n{result.Feedback}");
        Assert.Contains("numeric", result.Methods);
    }

    [Theory]
    [InlineData("calc-seed-training-time-175b", Language.Zh, "单卡算力：312 TFLOPS；有效算力：约30%利用率；计算量：6 × 175B × 300B = 3.15×10²³ FLOPs；训练时间：约3-4个月", "高")]
    [InlineData("calc-seed-training-time-175b", Language.En, "Peak 312 TFLOPS per GPU, about 30% utilization; compute 6 × 175B × 300B = 3.15×10²³ FLOPs; training time: about 3-4 months", "higher")]
    [InlineData("calc-seed-kv-cache-7b-batch4", Language.Zh, "KV缓存：2048 × 32层 × 4096维度 × 2 × 4 = 2GB", "2 倍")]
    [InlineData("calc-seed-kv-cache-7b-batch4", Language.En, "KV cache: 2048 × 32 layers × 4096 dims × 2 × 4 = 2GB", "factor of 2")]
    [InlineData("calc-seed-inference-memory-7b", Language.Zh, "模型参数：7B × 2字节 = 14GB；KV缓存：2048 × 32层 × 4096维度 × 2 × 4 = 2GB；激活值：约1-2GB；总计：约17-18GB", "kv_cache_bytes")]
    public async Task TheSeedsWrongFiguresScoreAtMostFiveAndTheFeedbackNamesTheMistake(string id, Language language, string answer, string named)
    {
        var result = await GradingServices.GradeAsync(id, answer, language);

        Assert.True(result.Score <= 5, $"{id}: {result.Score}\n{result.Feedback}");
        Assert.Contains(named, result.Feedback);
    }

    [Fact]
    public async Task EveryCalculationEntryGivesItsOwnReferenceAnswerAtLeastEight()
    {
        var failures = new List<string>();
        foreach (var entry in GradingServices.Bank.Entries.Where(e => e.Kind == EntryKind.Calculation))
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                var result = await GradingServices.GradeAsync(entry.Id, entry.Answer.For(language), language);
                if (result.Score < 8 || !result.Methods.Contains("numeric"))
                {
                    failures.Add($"{entry.Id} {language}: {result.Score} ({string.Join('+', result.Methods)})");
                }
            }
        }

        Assert.Empty(failures);
    }
}
