using System.Text.RegularExpressions;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Core.Tests.Conversation;

public sealed class CalcCommandTests
{
    private readonly QuestionDesk _desk = new(TestBank.Create(), new KeywordGrader(), new EchoAskService(), new TableCalculator());

    [Fact]
    public void ARoutedQuestionShowsTheFigureStepsAndAssumptions()
    {
        var reply = _desk.Calculate("kv cache 7b 4k", Language.En);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("kv-cache: bytes = 2 GiB (2,147,483,648 bytes)", reply.Text);
        Assert.Contains("2 × 2 × 32 × 4096 × 4096 = 2 GiB", reply.Text);
        Assert.Single(Regex.Matches(reply.Text, "batch 1"));
        Assert.Contains("Assumed: fp16", reply.Text);
    }

    [Theory]
    [InlineData("kv cache 7b bad", "context: not a number of tokens")]
    [InlineData("kv cache", "I also need: model, context")]
    [InlineData("tell me a joke", "not a question I can compute. Calculators: kv-cache")]
    public void QuestionsThatCannotBeComputedSaySoInOneLine(string question, string message)
    {
        var reply = _desk.Calculate(question, Language.En);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(message, reply.Text);
    }
}
