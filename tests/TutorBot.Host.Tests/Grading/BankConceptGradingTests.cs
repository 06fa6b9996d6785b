using TutorBot.Core.Bank;
using Xunit;

namespace TutorBot.Host.Tests.Grading;

/// <summary>Hand-written answers to concept entries of the real bank, graded as the host grades them.</summary>
public sealed class BankConceptGradingTests
{
    public static TheoryData<string, Language, string> FullAnswers => new()
    {
        { "kv-cache-why", Language.En, "During decoding we cache the keys and values of past tokens, so each new token only computes its own K and V and attends to the cache. This works because the causal mask means past K and V never change. The cost is memory: the cache grows linearly with sequence length and batch size and can exceed the weights. GQA/MQA, KV quantization and PagedAttention reduce it." },
        { "kv-cache-why", Language.Zh, "解码时缓存历史 token 的 K 和 V，新 token 只需计算自己的 K、V 再和缓存做注意力。因为有因果掩码，历史的 K、V 不会改变。代价是显存：KV cache 随序列长度和 batch 线性增长，长上下文时甚至超过权重。可以用 GQA/MQA、KV 量化和 PagedAttention 降低。" },
        { "flashattention", Language.En, "FlashAttention tiles Q, K and V into blocks that fit in on-chip SRAM, so the n×n attention matrix is never written to HBM and HBM reads and writes drop sharply. It uses an online softmax that keeps a running max and normaliser per block. The backward pass recomputes the attention blocks instead of storing them. It is exact attention with O(n) memory, though the FLOPs are still O(n²)." },
        { "flashattention", Language.Zh, "FlashAttention 把 Q、K、V 分块，在片上 SRAM 中完成计算，不把 n×n 的注意力矩阵写回 HBM，大幅减少 HBM 读写。它用在线 softmax 逐块更新最大值和归一化和。反向时重计算注意力矩阵而不保存。结果是精确注意力，显存 O(n)，但 FLOPs 仍是 O(n²)。" },
        { "lora-principle", Language.En, "LoRA freezes the pretrained weights and learns a low-rank update ΔW = BA, with B initialised to zero so that ΔW is 0 at the start. Only A and B are trained, well under 1% of the parameters, which saves memory and storage. After training BA is merged into W, so inference has no extra latency, and adapters are easy to switch." },
        { "lora-principle", Language.Zh, "LoRA 冻结预训练权重，用低秩分解 ΔW = BA 表示权重更新，B 初始化为 0，所以开始时 ΔW = 0。只训练 A 和 B，可训练参数通常不到 1%，显存和存储都大幅降低。推理时把 BA 合并回原权重，没有额外延迟，也便于切换任务。" },
        { "zero-stages", Language.En, "ZeRO-1 partitions the optimizer states across the GPUs, ZeRO-2 also partitions the gradients, and ZeRO-3 also partitions the parameters themselves. Per GPU that is 4+12/N, 2+14/N and 16/N bytes per parameter, and ZeRO-3 costs about 1.5× the communication of data parallelism." },
        { "zero-stages", Language.Zh, "ZeRO-1 切分优化器状态，ZeRO-2 再切分梯度，ZeRO-3 再切分模型参数。每卡显存分别为 4+12/N、2+14/N、16/N 字节每参数，ZeRO-3 的通信量约为数据并行的 1.5 倍。" },
    };

    public static TheoryData<string, Language, string> HalfAnswers => new()
    {
        { "kv-cache-why", Language.En, "We cache the K and V of past tokens, so a new token only computes its own K and V. The causal mask keeps the past K and V unchanged." },
        { "kv-cache-why", Language.Zh, "缓存历史 token 的 K、V，新 token 只计算自己的。因果掩码保证历史 K、V 不变。" },
        { "flashattention", Language.En, "It tiles the computation into blocks kept in on-chip SRAM to cut HBM reads and writes." },
        { "flashattention", Language.Zh, "它把计算分块放在片上 SRAM 里完成，减少 HBM 读写。" },
        { "lora-principle", Language.En, "LoRA writes the weight update as the product of two low-rank matrices and keeps the base weights frozen, training only A and B." },
        { "lora-principle", Language.Zh, "LoRA 用两个低秩矩阵的乘积表示权重更新，冻结原权重，只训练 A 和 B。" },
        { "zero-stages", Language.En, "ZeRO-1 shards the optimizer states across the data-parallel GPUs, and ZeRO-2 shards the gradients as well." },
        { "zero-stages", Language.Zh, "ZeRO-1 把优化器状态切分到各张卡上，ZeRO-2 再切分梯度。" },
    };

    [Theory]
    [MemberData(nameof(FullAnswers))]
    public async Task AFullAnswerScoresAtLeastEight(string id, Language language, string answer)
    {
        var result = await GradingServices.GradeAsync(id, answer, language);

        Assert.True(result.Score >= 8, $"{id} {language}: {result.Score}\n{result.Feedback}");
    }

    [Theory]
    [MemberData(nameof(HalfAnswers))]
    public async Task AnAnswerMakingHalfTheKeyPointsScoresBetweenThreeAndSeven(string id, Language language, string answer)
    {
        var result = await GradingServices.GradeAsync(id, answer, language);

        Assert.True(result.Score is >= 3 and <= 7, $"{id} {language}: {result.Score}\n{result.Feedback}");
        Assert.NotEmpty(result.Missed);
    }

    [Theory]
    [InlineData("kv-cache-why", Language.En, "My favourite football team won the cup last night.")]
    [InlineData("kv-cache-why", Language.Zh, "昨天晚上我看了一场足球比赛，主队赢了。")]
    [InlineData("flashattention", Language.En, "")]
    [InlineData("lora-principle", Language.Zh, "不知道。")]
    [InlineData("zero-stages", Language.En, "I would rather talk about cooking pasta.")]
    public async Task AnOffTopicOrEmptyAnswerScoresAtMostOne(string id, Language language, string answer)
    {
        var result = await GradingServices.GradeAsync(id, answer, language);

        Assert.True(result.Score <= 1, $"{id} {language}: {result.Score}");
    }

    [Fact]
    public async Task EveryEntryWithKeyPointsGivesItsOwnReferenceAnswerAtLeastEightInBothLanguages()
    {
        var entries = GradingServices.Bank.Entries.Where(e => e.KeyPoints.Count > 0).ToList();
        var failures = new List<string>();
        foreach (var entry in entries)
        {
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                var result = await GradingServices.GradeAsync(entry.Id, entry.Answer.For(language), language);
                if (result.Score < 8)
                {
                    failures.Add($"{entry.Id} {language}: {result.Score}");
                }
            }
        }

        Assert.True(entries.Count > 0);
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(Language.En, "Answer framework", "definition")]
    [InlineData(Language.Zh, "答题框架", "定义")]
    public async Task ConceptFeedbackUsesTheAnswerFrameworkInTheUsersLanguage(Language language, string framework, string part)
    {
        var result = await GradingServices.GradeAsync("flashattention", language == Language.Zh ? "减少 HBM 读写。" : "It cuts HBM reads and writes.", language);

        Assert.Contains(framework, result.Feedback);
        Assert.Contains(part, result.Feedback);
    }
}
