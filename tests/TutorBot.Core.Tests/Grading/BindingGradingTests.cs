using TutorBot.Core.Bank;
using TutorBot.Core.Grading;
using Xunit;

namespace TutorBot.Core.Tests.Grading;

public sealed class BindingGradingTests
{
    private const string Architecture = "llama-vs-gpt-architecture";

    [Theory]
    [InlineData("LLaMA uses LayerNorm, GELU and learned absolute position embeddings, while GPT uses RMSNorm, SwiGLU and RoPE.", Language.En, "You gave \"LayerNorm\" to LLaMA")]
    [InlineData("LLaMA 用 LayerNorm、GELU 和可学习的绝对位置嵌入，GPT 则用 RMSNorm、SwiGLU 和 RoPE。", Language.Zh, "你把“LayerNorm”说成了 LLaMA 的")]
    public async Task SwappedSubjectsEarnNothingAndTheFeedbackNamesTheConfusion(string answer, Language language, string named)
    {
        var result = await GraderFixture.GradeAsync(Architecture, answer, language);

        Assert.True(result.Score <= 1, $"score {result.Score}");
        Assert.DoesNotContain(result.Covered, c => c.KeyPointId is "rmsnorm" or "swiglu" or "rope");
        Assert.Contains(named, result.Feedback);
    }

    [Theory]
    [InlineData("GPT uses LayerNorm, GELU and learned absolute positions; LLaMA uses RMSNorm, SwiGLU and RoPE.", Language.En)]
    [InlineData("GPT 用 LayerNorm、GELU 和可学习的绝对位置嵌入；LLaMA 用 RMSNorm、SwiGLU 和 RoPE。", Language.Zh)]
    [InlineData("LLaMA 和 GPT 分别用 RMSNorm 和 LayerNorm，激活分别是 SwiGLU 和 GELU，位置编码分别是 RoPE 和可学习的绝对位置嵌入。", Language.Zh)]
    [InlineData("LLaMA and GPT use RMSNorm and LayerNorm respectively.", Language.En)]
    public async Task PropertiesTiedToTheirOwnSubjectsEarnThePoint(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(Architecture, answer, language);

        Assert.Contains(result.Covered, c => c.KeyPointId == "rmsnorm");
        Assert.DoesNotContain("You gave", result.Feedback);
        Assert.DoesNotContain("你把", result.Feedback);
    }

    [Theory]
    [InlineData("LLaMA does not use LayerNorm; it uses RMSNorm, and GPT keeps LayerNorm.", Language.En)]
    [InlineData("LLaMA 不用 LayerNorm，而是用 RMSNorm；GPT 用 LayerNorm。", Language.Zh)]
    [InlineData("LLaMA uses RMSNorm instead of LayerNorm, which GPT uses.", Language.En)]
    public async Task ANegatedPairingInsideABindingIsNotAConfusion(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(Architecture, answer, language);

        Assert.Contains(result.Covered, c => c.KeyPointId == "rmsnorm");
        Assert.DoesNotContain("LayerNorm\" to LLaMA", result.Feedback);
        Assert.DoesNotContain("你把", result.Feedback);
    }

    [Theory]
    [InlineData("LLaMA does not use RMSNorm.", Language.En)]
    [InlineData("LLaMA 没有用 RMSNorm。", Language.Zh)]
    public async Task DenyingTheRightPairingEarnsNothing(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync(Architecture, answer, language);

        Assert.DoesNotContain(result.Covered, c => c.KeyPointId == "rmsnorm");
    }

    [Theory]
    [InlineData("Prefill is memory-bound and decode is compute-bound.", Language.En, "is the wrong way round for prefill")]
    [InlineData("预填充是访存密集的，解码是计算密集的。", Language.Zh, "的关系说反了")]
    public async Task AReversedStageIsAConfusion(string answer, Language language, string named)
    {
        var result = await GraderFixture.GradeAsync("prefill-vs-decode", answer, language);

        Assert.Equal(0, result.Score);
        Assert.Contains(named, result.Feedback);
    }

    [Theory]
    [InlineData("Prefill is compute-bound and sets TTFT; decode is memory-bound and sets TPOT.", Language.En)]
    [InlineData("预填充是计算密集的，决定首 token 延迟；解码受限于显存带宽。", Language.Zh)]
    public async Task TheRightStagesEarnTheirPoints(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync("prefill-vs-decode", answer, language);

        Assert.Contains(result.Covered, c => c.KeyPointId == "prefill-compute-bound");
        Assert.Contains(result.Covered, c => c.KeyPointId == "decode-memory-bound");
    }

    [Theory]
    [InlineData("In an MoE every token goes through all experts and the router averages them.", Language.En, "never through all of them")]
    [InlineData("MoE 里每个 token 都会经过所有专家。", Language.Zh, "不会经过所有专家")]
    public async Task AnEntrysWrongClaimIsCorrectedAndCostsPoints(string answer, Language language, string correction)
    {
        var result = await GraderFixture.GradeAsync("mixture-of-experts", answer, language);

        Assert.Contains(correction, result.Feedback);
        Assert.DoesNotContain(result.Covered, c => c.KeyPointId == "router-top-k");
    }

    [Theory]
    [InlineData("No token goes through all experts: the router picks the top-k experts.", Language.En)]
    [InlineData("token 不会经过所有专家，路由器只选 top-k 个专家。", Language.Zh)]
    public async Task ADeniedWrongClaimIsNotPenalised(string answer, Language language)
    {
        var result = await GraderFixture.GradeAsync("mixture-of-experts", answer, language);

        Assert.DoesNotContain("never through all of them", result.Feedback);
        Assert.DoesNotContain("不会经过所有专家；", result.Feedback);
    }
}
