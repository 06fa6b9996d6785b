using TutorBot.Core.Ask;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Model;
using TutorBot.Retrieval.Tests.Fakes;

namespace TutorBot.Retrieval.Tests.Ask;

public sealed class AskServiceTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private readonly FakeCalculatorService _calculators = new();

    [Fact]
    public async Task WithoutAModelTheAnswerIsTheBestEntrysReferenceAnswerInTheUsersLanguageWithItsId()
    {
        var answer = await Service().AskAsync(new AskRequest("为什么注意力要除以根号dk", Language.Zh, []));

        Assert.Equal(AskMode.Retrieval, answer.Mode);
        Assert.Equal("attention-scaling-sqrt-dk", answer.Citations[0]);
        Assert.Contains(Entry("attention-scaling-sqrt-dk").Answer.Zh, answer.Answer);
        Assert.Contains("[attention-scaling-sqrt-dk]", answer.Answer);
        Assert.DoesNotContain(Entry("attention-scaling-sqrt-dk").Answer.En, answer.Answer);
    }

    [Fact]
    public async Task OtherRelevantEntriesAreListedAsRelatedQuestions()
    {
        var answer = await Service().AskAsync(new AskRequest("attention", Language.En, []));

        Assert.Contains("flash-attention", answer.Citations);
        Assert.Contains("attention-scaling-sqrt-dk", answer.Citations);
        Assert.Contains("Related questions:", answer.Answer);
        Assert.All(answer.Citations.Skip(1), id => Assert.Contains($"[{id}]", answer.Answer));
    }

    [Theory]
    [InlineData("What is the Mamba state space model?", Language.En, "nothing relevant")]
    [InlineData("怎么用 Kubernetes 部署服务", Language.Zh, "没有与这个问题相关")]
    public async Task WhenNothingIsRelevantItSaysSoCitesNothingAndNeverCallsTheModel(string question, Language language, string expected)
    {
        var model = new FakeTutorModel(_ => "made up");

        var answer = await Service(model).AskAsync(new AskRequest(question, language, []));

        Assert.Contains(expected, answer.Answer);
        Assert.Empty(answer.Citations);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task WithAModelTheAnswerIsGeneratedFromTheRetrievedEntriesAndCitesThem()
    {
        var model = new FakeTutorModel(_ => "LoRA learns a low-rank update BA [lora-principle].");

        var answer = await Service(model).AskAsync(new AskRequest("how does LoRA work", Language.En, [], "user-1"));

        Assert.Equal(AskMode.Llm, answer.Mode);
        Assert.Equal(["lora-principle"], answer.Citations);
        var request = Assert.Single(model.Requests);
        Assert.Equal(AskPrompt.Name, request.PromptName);
        Assert.Equal("user-1", request.UserKey);
        Assert.Contains("[lora-principle]", (string)request.Variables["sources"]!);
        Assert.Contains(Entry("lora-principle").Answer.En, (string)request.Variables["sources"]!);
        Assert.Equal("English", request.Variables["language"]);
    }

    [Fact]
    public async Task AGeneratedAnswerThatCitesNothingGetsTheSourceAppended()
    {
        var model = new FakeTutorModel(_ => "LoRA 冻结原权重，只训练低秩矩阵。");

        var answer = await Service(model).AskAsync(new AskRequest("LoRA的原理", Language.Zh, []));

        Assert.Equal(AskMode.Llm, answer.Mode);
        Assert.EndsWith("来源：[lora-principle]", answer.Answer);
        Assert.Equal(["lora-principle"], answer.Citations);
    }

    [Fact]
    public async Task AFailingModelFallsBackToTheRetrievalAnswer()
    {
        var model = new FakeTutorModel(_ => throw new InvalidOperationException("out of memory"));

        var answer = await Service(model).AskAsync(new AskRequest("LoRA的原理", Language.Zh, []));

        Assert.Equal(AskMode.Retrieval, answer.Mode);
        Assert.Contains(Entry("lora-principle").Answer.Zh, answer.Answer);
    }

    [Fact]
    public async Task WhenTheSourcesDoNotFitTheModelsContextTheAnswerIsGeneratedFromTheBestEntryAlone()
    {
        var model = new FakeTutorModel(request =>
            ((string)request.Variables["sources"]!).Split("\n[").Length > 1
                ? throw new PromptTooLongException(9000, 3700)
                : "Attention divides by the square root of d_k [attention-scaling-sqrt-dk].");

        var answer = await Service(model).AskAsync(new AskRequest("attention", Language.En, []));

        Assert.Equal(AskMode.Llm, answer.Mode);
        Assert.Equal(2, model.Requests.Count);
        var cited = Assert.Single(answer.Citations);
        Assert.StartsWith($"[{cited}]", (string)model.Requests[^1].Variables["sources"]!);
        Assert.Equal($"[{cited}]", (string)model.Requests[^1].Variables["citations"]!);
    }

    [Fact]
    public async Task ANumericQuestionIsRoutedToTheCalculatorAndCitesTheCalculationEntry()
    {
        var answer = await Service().AskAsync(new AskRequest("KV cache of a 7B model, how much memory?", Language.En, []));

        Assert.Equal(AskMode.Calculator, answer.Mode);
        Assert.Contains("4 GiB", answer.Answer);
        Assert.Contains("KV cache: 2 × layers × batch × context × hidden × bytes = 2 × 32 × 4 × 2048 × 4096 × 2", answer.Answer);
        Assert.Equal(["kv-cache-memory"], answer.Citations);
        Assert.Equal("7B", _calculators.Runs.Single().Arguments["model"]);
    }

    [Fact]
    public async Task ANumericQuestionMissingAFigureSaysWhichOne()
    {
        var answer = await Service().AskAsync(new AskRequest("kv cache for 4096 tokens?", Language.En, []));

        Assert.Equal(AskMode.Calculator, answer.Mode);
        Assert.Contains("missing: --model", answer.Answer);
        Assert.Empty(_calculators.Runs);
    }

    [Fact]
    public async Task ACalculatorRejectionIsAnsweredNotThrown()
    {
        var answer = await Service().AskAsync(new AskRequest("KV cache 0B 模型要多少显存", Language.Zh, []));

        Assert.Equal(AskMode.Calculator, answer.Mode);
        Assert.StartsWith("无法计算", answer.Answer);
    }

    [Fact]
    public async Task AConceptQuestionNamingACalculatorButNoFiguresIsAnsweredFromTheBank()
    {
        var answer = await Service().AskAsync(new AskRequest("如何估算 KV cache 的显存", Language.Zh, []));

        Assert.Equal(AskMode.Retrieval, answer.Mode);
        Assert.Equal("kv-cache-memory", answer.Citations[0]);
    }

    [Fact]
    public async Task WithoutCalculatorsEveryQuestionIsAnsweredFromTheBank()
    {
        var service = new AskService(TestBank.Bank, fixture.Search, new NoTutorModel());

        var answer = await service.AskAsync(new AskRequest("KV cache of a 7B model, how much memory?", Language.En, []));

        Assert.Equal(AskMode.Retrieval, answer.Mode);
        Assert.Equal("kv-cache-memory", answer.Citations[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyQuestionAsksForAQuestion(string question)
    {
        var answer = await Service().AskAsync(new AskRequest(question, Language.En, []));

        Assert.StartsWith("Please ask a question", answer.Answer);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task ChineseFollowupIsResolvedAgainstThePreviousTurnAndPointsAtTheKeyPointItProbes()
    {
        var service = Service();
        var first = await service.AskAsync(new AskRequest("Attention 为什么要除以根号 dk", Language.Zh, []));

        var second = await service.AskAsync(new AskRequest("那为什么不是dk?", Language.Zh, After(first)));

        Assert.Equal("attention-scaling-sqrt-dk", second.Citations[0]);
        Assert.StartsWith("要点：除以 √d_k 使方差回到 1", second.Answer);
    }

    [Fact]
    public async Task EnglishWhyAfterAnAnswerStaysOnThatEntry()
    {
        var service = Service();
        var first = await service.AskAsync(new AskRequest("what does ZeRO-2 shard?", Language.En, []));

        var second = await service.AskAsync(new AskRequest("why?", Language.En, After(first)));

        Assert.Equal("zero-stages", first.Citations[0]);
        Assert.Equal("zero-stages", second.Citations[0]);
        Assert.Contains(Entry("zero-stages").Answer.En, second.Answer);
    }

    [Fact]
    public async Task WithoutThePreviousTurnTheSameFollowupIsRefused()
    {
        var answer = await Service().AskAsync(new AskRequest("why?", Language.En, []));

        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task ANumericFollowupTakesTheCalculatorFromThePreviousTurn()
    {
        var service = Service();
        var first = await service.AskAsync(new AskRequest("How do you estimate the memory of the KV cache?", Language.En, []));

        var second = await service.AskAsync(new AskRequest("how is that computed for 70B?", Language.En, After(first)));

        Assert.Equal(AskMode.Retrieval, first.Mode);
        Assert.Equal(AskMode.Calculator, second.Mode);
        var run = _calculators.Runs.Single().Arguments;
        Assert.Equal("70B", run["model"]);
        Assert.Equal("4", run["batch"]);
        Assert.False(run.ContainsKey("layers"), "the previous model's shape must not override the new model");
    }

    [Fact]
    public async Task AChineseNumericFollowupTakesTheCalculatorFromThePreviousTurn()
    {
        var service = Service();
        var first = await service.AskAsync(new AskRequest("KV cache 显存怎么估算？", Language.Zh, []));

        var second = await service.AskAsync(new AskRequest("那 13B 的呢？", Language.Zh, After(first)));

        Assert.Equal(AskMode.Calculator, second.Mode);
        Assert.Equal("13B", _calculators.Runs.Single().Arguments["model"]);
    }

    [Fact]
    public async Task AFollowupThatNamesANewTopicMovesToThatTopic()
    {
        var service = Service();
        var first = await service.AskAsync(new AskRequest("LoRA的原理", Language.Zh, []));

        var second = await service.AskAsync(new AskRequest("那量化呢？有哪些方法", Language.Zh, After(first)));

        Assert.Equal("quantization-methods", second.Citations[0]);
    }

    [Fact]
    public async Task PreviousCitationsThatNoLongerExistAreIgnored()
    {
        var answer = await Service().AskAsync(new AskRequest("why?", Language.En, ContextTurn.FromEntryIds(["no-such-entry"], Language.En)));

        Assert.Empty(answer.Citations);
    }

    private AskService Service(ITutorModel? model = null) =>
        new(TestBank.Bank, fixture.Search, model ?? new NoTutorModel(), _calculators);

    private static BankEntry Entry(string id) => TestBank.Bank.Find(id)!;

    private static IReadOnlyList<ContextTurn> After(AskAnswer previous) => ContextTurn.FromEntryIds(previous.Citations, Language.En);
}
