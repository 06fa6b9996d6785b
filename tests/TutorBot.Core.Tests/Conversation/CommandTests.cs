using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Core.Tests.Conversation;

public sealed class CommandTests
{
    private readonly TutorHarness _tutor = new();

    [Fact]
    public async Task FreeTextWithoutAnInterviewIsAskedAndItsCitationsRemembered()
    {
        await _tutor.SayAsync("how big is a KV cache");
        var reply = (await _tutor.SayAsync("why?")).Single();

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(["kv-cache"], reply.Citations);
        Assert.Equal(["kv-cache"], _tutor.Ask.Requests[^1].Context.Single().EntryIds);
    }

    [Fact]
    public async Task GradeTakesStructuredArgumentsAndGradesAgainstABankEntry()
    {
        var input = new TutorInput(TutorHarness.Channel(), TutorHarness.User(), new GradeAnswer("kv-cache", "it keeps keys and values"));

        var reply = (await _tutor.Service.HandleAsync(input)).Single();

        Assert.Equal(ReplyKind.Feedback, reply.Kind);
        Assert.Equal("kv-cache", reply.EntryId);
        Assert.Equal(6.67, reply.Score);
        Assert.Equal(["Avoids recomputing them at each step"], reply.Missed);
    }

    [Fact]
    public async Task GradeAlsoReadsQuestionBarAnswerFromTheText()
    {
        var reply = (await _tutor.SayAsync("/grade kv-cache | keys and values, no recompute")).Single();

        Assert.Equal(10, reply.Score);
    }

    [Theory]
    [InlineData("/frobnicate", "Unknown command /frobnicate")]
    [InlineData("/interview quantum", "Unknown topic 'quantum'")]
    [InlineData("/lang fr", "Usage: /lang zh|en")]
    [InlineData("/grade", "Usage: /grade QUESTION | ANSWER")]
    [InlineData("/calc how much memory for a 7B model", "Calculation is not available")]
    [InlineData("/ask", "Usage: /ask QUESTION")]
    public async Task BadCommandsGetAOneLineError(string line, string message)
    {
        var reply = (await _tutor.SayAsync(line)).Single();

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(message, reply.Text);
    }

    [Theory]
    [InlineData("/help", "/interview [topic]")]
    [InlineData("/hint", "No interview is running")]
    [InlineData("/resume", "No interview is running")]
    public async Task InformationalCommandsAnswerWithInfo(string line, string expected)
    {
        var reply = (await _tutor.SayAsync(line)).Single();

        Assert.Equal(ReplyKind.Info, reply.Kind);
        Assert.Contains(expected, reply.Text);
    }

    [Fact]
    public async Task HelpComesInChineseAfterLangZh()
    {
        await _tutor.SayAsync("/lang zh");

        Assert.Contains("命令：", (await _tutor.SayAsync("/help")).Single().Text);
    }
}
