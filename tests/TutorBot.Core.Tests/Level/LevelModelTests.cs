using TutorBot.Core.Level;
using TutorBot.Core.Interview;
using TutorBot.Core.Tests.Conversation;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Level;

public sealed class LevelModelTests
{
    [Theory]
    [InlineData(2.0, 2, 10.0, 2.6)]
    [InlineData(2.0, 2, 0.0, 1.4)]
    [InlineData(2.0, 1, 10.0, 2.278)]
    [InlineData(2.0, 3, 0.0, 1.722)]
    public void AFirstAnswerMovesTheLevelByTheSurpriseInIt(double level, int difficulty, double score, double expected)
    {
        var updated = LevelModel.Update(new LevelEstimate("t", level, 0), difficulty, score);

        Assert.Equal(expected, updated.Level, 3);
        Assert.Equal(1, updated.Answers);
    }

    [Fact]
    public void LaterAnswersMoveTheLevelLessAndItStaysOnTheScale()
    {
        var early = LevelModel.Update(new LevelEstimate("t", 2, 0), 2, 10).Level - 2;
        var late = LevelModel.Update(new LevelEstimate("t", 2, 30), 2, 10).Level - 2;
        var estimate = new LevelEstimate("t", 2, 0);
        for (var i = 0; i < 50; i++)
        {
            estimate = LevelModel.Update(estimate, 1, 10);
        }

        Assert.True(late < early, $"late {late} early {early}");
        Assert.InRange(estimate.Level, LevelModel.Lowest, LevelModel.Highest);
    }

    [Fact]
    public async Task AStrongAnswerRaisesTheLevelABlankOneLowersItAndProgressShowsIt()
    {
        var tutor = new TutorHarness();
        var start = await tutor.SayAsync("/interview inference 1");
        await tutor.SayAsync(tutor.AnswerTo(start[^1], strong: true));
        var raised = (await tutor.Store.GetLevelsAsync(1)).Single().Level;

        await tutor.ScriptAsync("/interview inference 1", "I don't know", "no idea");

        Assert.True(raised > LevelModel.Middle, $"raised {raised}");
        Assert.True((await tutor.Store.GetLevelsAsync(1)).Single().Level < raised);
        Assert.Contains("Level by topic (1 easy - 3 hard): inference", (await tutor.SayAsync("/progress")).Single().Text);
    }

    [Theory]
    [InlineData(3.0, "flash-attention")]
    [InlineData(1.0, "kv-cache")]
    public void NewQuestionsComeClosestToTheLevelInTheirTopic(double level, string expected)
    {
        var picker = new QuestionPicker(TestBank.Create());
        var plan = new InterviewPlan(InterviewMode.Practice, "inference", null, 1);

        var picked = picker.Pick(plan, [], DateTimeOffset.UnixEpoch, "console:ada", 0.6, [new LevelEstimate("inference", level, 4)]);

        Assert.Equal(expected, picked.Single().Id);
    }
}
