using System.Text.RegularExpressions;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Conversation;

public sealed class CalcCommandTests
{
    private readonly QuestionDesk _desk = new(TestBank.Create(), new KeywordGrader(), new EchoAskService(), new TableCalculator());

    [Fact]
    public void ARoutedQuestionShowsTheFigureStepsAndAssumptions()
    {
        var reply = _desk.Calculate("kv cache 7b 4k", Language.En);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("kv-cache: bytes = 2,147,483,648 bytes = 2.147 GB = 2 GiB", reply.Text);
        Assert.Contains("KV cache: 2 × bytes × layers × hidden × context = 2 × 2 × 32 × 4096 × 4096 = 2,147,483,648 bytes", reply.Text);
        Assert.Single(Regex.Matches(reply.Text, "batch 1"));
    }

    [Fact]
    public void AChineseRequestGetsTheWorkingInChinese()
    {
        var reply = _desk.Calculate("kv cache 7b 4k", Language.Zh);

        Assert.Contains("kv-cache 结果：2,147,483,648 字节 = 2.147 GB = 2 GiB", reply.Text);
        Assert.Contains("KV 缓存：2 × 字节数 × 层数 × 隐藏维度 × 序列长度", reply.Text);
        Assert.Contains("batch 取 1（未给出）", reply.Text);
        Assert.DoesNotContain("bytes", reply.Text);
    }

    [Theory]
    [InlineData("kv cache 7b bad", Language.En, "Cannot calculate that: context: not a number of tokens")]
    [InlineData("kv cache", Language.En, "it is missing: --model, --context")]
    [InlineData("tell me a joke", Language.En, "not a question I can compute. Calculators: kv-cache")]
    [InlineData("kv cache 7b bad", Language.Zh, "无法计算：--context：不是 token 数")]
    [InlineData("kv cache", Language.Zh, "还缺少：--model、--context")]
    [InlineData("tell me a joke", Language.Zh, "这个问题无法计算。可用的计算器：kv-cache")]
    public void QuestionsThatCannotBeComputedSaySoInOneLineInTheAskersLanguage(string question, Language language, string message)
    {
        var reply = _desk.Calculate(question, language);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(message, reply.Text);
        Assert.DoesNotContain("\n", reply.Text);
    }
}
