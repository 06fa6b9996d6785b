using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
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
        var intent = Parse(words);

        Assert.Equal(new InterviewPlan(InterviewMode.Practice, topic, difficulty, count), Plan(intent));
        Assert.Equal(language, intent.Language);
    }

    [Theory]
    [InlineData("transformer 3 en timed", 3, 3)]
    [InlineData("transformer 3 en timed 5", 3, 5)]
    [InlineData("timed 2 transformer 4", 4, 2)]
    [InlineData("transformer 2 zh 计时 10", 2, 10)]
    [InlineData("timed 500", 5, 60)]
    public void TimedTakesTheMinutesRightAfterItAndThreeByDefault(string words, int count, int minutes)
    {
        var plan = Plan(Parse(words))!;

        Assert.Equal(count, plan.Count);
        Assert.Equal(TimeSpan.FromMinutes(minutes), plan.TimePerQuestion);
    }

    [Fact]
    public void AnInterviewIsUntimedUnlessAsked()
    {
        Assert.Null(Plan(Parse("3"))!.TimePerQuestion);
    }

    [Fact]
    public void MinutesAloneMeanTimedAsTheDiscordOptionsDo()
    {
        Assert.Equal(TimeSpan.FromMinutes(7), Plan(new StartInterview(InterviewMode.Practice) { Minutes = 7 })!.TimePerQuestion);
    }

    [Fact]
    public void AnUnknownWordIsLeftAsTheTopicAndGivesNoPlan()
    {
        var intent = Parse("quantum transformer");

        Assert.Equal("quantum", intent.Topic);
        Assert.Null(Plan(intent));
    }

    private static StartInterview Parse(string words) =>
        InterviewPlanParser.Parse(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), InterviewMode.Practice, IsTopic);

    private static InterviewPlan? Plan(StartInterview intent) => InterviewPlanBuilder.Build(intent, Options, IsTopic);

    private static bool IsTopic(string word) => word.Equals("transformer", StringComparison.OrdinalIgnoreCase);
}
