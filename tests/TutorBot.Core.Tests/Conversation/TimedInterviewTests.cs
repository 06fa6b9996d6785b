using TutorBot.Core.Conversation;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>Transcripts of timed interviews in both languages, on a fake clock: nothing here waits.</summary>
public sealed class TimedInterviewTests
{
    private readonly TutorHarness _tutor = new();

    [Theory]
    [InlineData("en", "Timed: 3 min for each question and each follow-up; a later answer is graded but marked late.", "⏱ Time left: 3 min")]
    [InlineData("zh", "计时模式：每道题和每道追问限时 3 分钟；超时的回答照常评分，但记为超时。", "⏱ 剩余时间：3 分钟")]
    public async Task ATimedQuestionCarriesItsDeadlineAndTheMinutesLeft(string language, string started, string timeLeft)
    {
        var replies = await _tutor.SayAsync($"/interview transformer medium 1 {language} timed");

        Assert.EndsWith(started, replies[0].Text);
        Assert.Equal(_tutor.Clock.GetUtcNow().AddMinutes(3), replies[1].Deadline);
        Assert.EndsWith("\n" + timeLeft, replies[1].Text);
    }

    [Theory]
    [InlineData("en", "the variance of the dot product grows", "⏱ Time left: 2 min", "Late: answered after 2:10, over the 2:00 allowed; graded all the same.", "Time per answer:\n  1. 1:30, follow-up 2:10 (late)")]
    [InlineData("zh", "点积的方差会变大", "⏱ 剩余时间：2 分钟", "超时：用时 2:10，超过限定的 2:00；照常评分。", "每次作答用时：\n  1. 1:30, 追问 2:10（超时）")]
    public async Task AnAnswerAfterTheDeadlineIsGradedButMarkedLateAndTheSummaryListsTheTimes(
        string language, string partial, string probeTimeLeft, string late, string times)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language} timed 2");

        _tutor.Clock.Advance(TimeSpan.FromSeconds(90));
        var inTime = await _tutor.SayAsync(partial);

        Assert.False(inTime[0].Late);
        Assert.Equal(2.0 * 10 / 5, inTime[0].Score);

        // The probe gets a budget of its own, counted from when it was asked.
        Assert.Equal(_tutor.Clock.GetUtcNow().AddMinutes(2), inTime[1].Deadline);
        Assert.EndsWith(probeTimeLeft, inTime[1].Text);

        _tutor.Clock.Advance(TimeSpan.FromSeconds(130));
        var after = await _tutor.SayAsync(language == "zh" ? "softmax 会饱和" : "softmax saturates");

        Assert.True(after[0].Late);
        Assert.StartsWith(late + "\n", after[0].Text);
        Assert.True(after[0].FollowupCredit > 0);
        Assert.Contains(times, (await _tutor.SayAsync("/end")).Single(r => r.Kind == ReplyKind.Summary).Text);
    }

    [Theory]
    [InlineData("en", "⏱ Time is up: an answer now is graded but marked late.")]
    [InlineData("zh", "⏱ 时间已到：现在作答照常评分，但记为超时。")]
    public async Task ResumingAfterTheDeadlineSaysTheTimeIsUp(string language, string timeUp)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language} timed 1");
        _tutor.Clock.Advance(TimeSpan.FromMinutes(5));

        var replies = await _tutor.SayAsync("/resume");

        Assert.EndsWith(timeUp, replies[^1].Text);
    }

    [Fact]
    public async Task AnUntimedInterviewHasNoDeadlineAndNoTimesInItsSummary()
    {
        await _tutor.SayAsync("/interview transformer medium 1 en");
        _tutor.Clock.Advance(TimeSpan.FromHours(1));

        var replies = await _tutor.ScriptAsync("I don't know", "no idea");

        Assert.All(replies, r => Assert.Null(r.Deadline));
        Assert.All(replies, r => Assert.False(r.Late));
        Assert.DoesNotContain("Time per answer", replies[^1].Text);
    }
}
