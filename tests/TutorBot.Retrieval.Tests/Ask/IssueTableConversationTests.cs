using TutorBot.Core.Ask;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;
using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Ask;

/// <summary>Two-turn conversations over the shipped bank: the follow-up is read against the first answer, or refused on its own merits.</summary>
public sealed class IssueTableConversationTests(ShippedBankFixture fixture) : IClassFixture<ShippedBankFixture>
{
    [Theory]
    [InlineData("What is the difference between GQA and MQA?", "why does it reduce memory?", ResolvedAs.Followup, "mqa-gqa,kv-cache-why")]
    [InlineData("What is the difference between GQA and MQA?", "What is the capital of France?", ResolvedAs.Refused, "")]
    [InlineData("How does DPO work?", "what does beta do there?", ResolvedAs.Followup, "dpo,dpo-initial-loss-ln2")]
    [InlineData("What is PagedAttention?", "how does continuous batching relate to it?", ResolvedAs.Followup, "continuous-batching")]
    [InlineData("What is speculative decoding?", "Recommend a good pizza place", ResolvedAs.Refused, "")]
    [InlineData("GQA 和 MQA 有什么区别？", "那它为什么能省显存？", ResolvedAs.Followup, "mqa-gqa,kv-cache-why")]
    [InlineData("LoRA 的原理是什么？", "QLoRA 呢？", ResolvedAs.Followup, "qlora")]
    [InlineData("What is gradient accumulation?", "is it equivalent to a larger batch?", ResolvedAs.Followup, "gradient-accumulation")]
    [InlineData("梯度累积是什么？", "它跟直接加大 batch size 一样吗？", ResolvedAs.Followup, "gradient-accumulation")]
    [InlineData("Chinchilla 的结论是什么？", "那每个参数该配多少 token？", ResolvedAs.Followup, "scaling-laws-chinchilla")]
    [InlineData("生产环境部署 70B 对话模型，硬件怎么选？", "精度选哪种？", ResolvedAs.Followup, "serving-70b-hardware-plan")]
    [InlineData("FlashAttention 为什么能加速？", "那显存呢？", ResolvedAs.Followup, "flashattention")]
    [InlineData("推理时的显存怎么估算？", "那训练呢？", ResolvedAs.Followup, "training-memory-estimation")]
    [InlineData("How would you estimate GPU memory for serving a model?", "and for training?", ResolvedAs.Followup, "training-memory-estimation")]
    [InlineData("What does ZeRO-3 partition?", "and FSDP?", ResolvedAs.Followup, "fsdp")]
    [InlineData("What is speculative decoding?", "How do I bake sourdough?", ResolvedAs.Refused, "")]
    [InlineData("How does mixed precision training work?", "how tall is Mount Everest?", ResolvedAs.Refused, "")]
    [InlineData("What is PagedAttention?", "What is the capital of New Zealand?", ResolvedAs.Refused, "")]
    public async Task TheSecondQuestionIsAnsweredFromItsThreadOrRefused(string first, string second, ResolvedAs expected, string entries)
    {
        var service = new AskService(fixture.Bank, fixture.Search, new NoTutorModel());
        var language = LanguageDetector.Detect(first);
        var opening = await service.AskAsync(new AskRequest(first, language, []));
        var context = new[] { new ContextTurn(first, language, opening.Citations, DateTimeOffset.UnixEpoch) };

        var answer = await service.AskAsync(new AskRequest(second, language, context));

        Assert.Equal(expected, answer.Resolution.As);
        if (expected == ResolvedAs.Refused)
        {
            Assert.Empty(answer.Citations);
        }
        else
        {
            Assert.Contains(answer.Citations[0], entries.Split(','));
            Assert.Equal(opening.Citations[0], answer.Resolution.ContextEntryId);
        }
    }

    [Theory]
    [InlineData("how tall is Mount Everest?")]
    [InlineData("Who painted the Mona Lisa?")]
    [InlineData("Where was Albert Einstein born?")]
    public async Task AQuestionAboutANameTheBankDoesNotKnowIsRefusedThoughOneWordOfTheNameIsInTheBank(string question)
    {
        var service = new AskService(fixture.Bank, fixture.Search, new NoTutorModel());

        var answer = await service.AskAsync(new AskRequest(question, Language.En, []));

        Assert.Equal(ResolvedAs.Refused, answer.Resolution.As);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task ANameOfToolsTheBankKnowsInPartIsStillANearMiss()
    {
        var service = new AskService(fixture.Bank, fixture.Search, new NoTutorModel());

        var answer = await service.AskAsync(new AskRequest("how do I configure DeepSpeed for training on many nodes?", Language.En, []));

        Assert.Equal(ResolvedAs.New, answer.Resolution.As);
        Assert.NotEmpty(answer.Resolution.NotCovered);
    }

    [Fact]
    public async Task ANearMissIsAnsweredFromTheBankSayingWhatItDoesNotCover()
    {
        var service = new AskService(fixture.Bank, fixture.Search, new NoTutorModel());

        var answer = await service.AskAsync(new AskRequest("怎么用 DeepSpeed 做多机训练？", Language.Zh, []));

        Assert.Equal(ResolvedAs.New, answer.Resolution.As);
        Assert.NotEmpty(answer.Resolution.NotCovered);
        Assert.StartsWith("题库没有直接讲这个问题", answer.Answer);
    }
}
