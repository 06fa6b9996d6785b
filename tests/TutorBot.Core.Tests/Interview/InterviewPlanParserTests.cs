using TutorBot.Core.Bank;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Tests.Interview;

public sealed class InterviewPlanParserTests
{
    private static readonly InterviewOptions Options = new() { DefaultQuestionCount = 5, MaxQuestionCount = 20 };

    [Theory]
    [InlineData("", null, null, 5, null)]
    [InlineData("transformer 3", "transformer", null, 3, null)]
    [InlineData("3 Transformer zh", "transformer", null, 3, Language.Zh)]
    [InlineData("hard en", null, 3, 5, Language.En)]
    [InlineData("mix 99", null, null, 20, null)]
    [InlineData("困难 transformer 2", "transformer", 3, 2, null)]
    public void WordsInAnyOrderMakeThePlan(string words, string? topic, int? difficulty, int count, Language? language)
    {
        var parsed = InterviewPlanParser.Parse(Split(words), InterviewMode.Practice, Options, t => t.Equals("transformer", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(new InterviewPlan(InterviewMode.Practice, topic, difficulty, count), parsed.Plan);
        Assert.Equal(language, parsed.Language);
    }

    [Theory]
    [InlineData("transformer 3 en timed", 3, 3)]
    [InlineData("transformer 3 en timed 5", 3, 5)]
    [InlineData("timed 2 transformer 4", 4, 2)]
    [InlineData("transformer 2 zh 计时 10", 2, 10)]
    [InlineData("timed 500", 5, 60)]
    public void TimedTakesTheMinutesRightAfterItAndThreeByDefault(string words, int count, int minutes)
    {
        var parsed = InterviewPlanParser.Parse(Split(words), InterviewMode.Practice, Options, t => t.Equals("transformer", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(count, parsed.Plan!.Count);
        Assert.Equal(TimeSpan.FromMinutes(minutes), parsed.Plan.TimePerQuestion);
    }

    [Fact]
    public void AnInterviewIsUntimedUnlessAsked()
    {
        Assert.Null(InterviewPlanParser.Parse(["3"], InterviewMode.Practice, Options, _ => false).Plan!.TimePerQuestion);
    }

    [Fact]
    public void AnUnknownWordIsReportedAsAnUnknownTopic()
    {
        var parsed = InterviewPlanParser.Parse(["quantum"], InterviewMode.Practice, Options, _ => false);

        Assert.Null(parsed.Plan);
        Assert.Equal("quantum", parsed.UnknownTopic);
    }

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
