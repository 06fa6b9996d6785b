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

    [Fact]
    public void AnUnknownWordIsReportedAsAnUnknownTopic()
    {
        var parsed = InterviewPlanParser.Parse(["quantum"], InterviewMode.Practice, Options, _ => false);

        Assert.Null(parsed.Plan);
        Assert.Equal("quantum", parsed.UnknownTopic);
    }

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
