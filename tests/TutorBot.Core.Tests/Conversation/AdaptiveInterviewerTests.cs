using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>
/// Transcripts of the interviewer's policy in both languages, on attention-scaling (variance 2, saturation 2,
/// unit-variance 1; one stretch question) and kv-cache (no stretch question).
/// </summary>
public sealed class AdaptiveInterviewerTests
{
    private readonly TutorHarness _tutor = new();

    [Theory]
    [InlineData("en", "I don't know", "Scaffold on question 1/1 (a simpler question, one more try):", "Step by step: what can you say about \"variance\"?")]
    [InlineData("zh", "不知道", "第 1/1 题引导（换个简单的问法，再试一次）：", "一步一步来：关于“方差”你知道些什么？")]
    public async Task ABlankAnswerGetsAScaffoldOnTheHeaviestPointThenTheInterviewMovesOn(string language, string blank, string header, string scaffold)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");

        var first = await _tutor.SayAsync(blank);

        Assert.Equal([ReplyKind.Feedback, ReplyKind.Question], first.Select(r => r.Kind));
        Assert.Equal(0, first[0].Score);
        Assert.Equal(FollowupKind.Scaffold, first[1].FollowupKind);
        Assert.Equal($"{header}\n{scaffold}", first[1].Text);

        // One more try, still nothing: no probe, no stretch, the interview moves on.
        var second = await _tutor.SayAsync(blank);
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], second.Select(r => r.Kind));
        Assert.Equal(FollowupKind.Scaffold, second[0].FollowupKind);
    }

    [Theory]
    [InlineData("en", "variance grows so softmax saturates", "Score: 2.0/10 (+2.0 from the follow-up)")]
    [InlineData("zh", "方差变大后 softmax 饱和", "得分：2.0/10（追问加 2.0 分）")]
    public async Task AScaffoldAnsweredEarnsItsPointAndStillMovesOn(string language, string answer, string scoreLine)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");
        await _tutor.SayAsync(language == "zh" ? "不会" : "no idea");

        var replies = await _tutor.SayAsync(answer);

        // The scaffold asked about variance only: saturation, said as well, earns nothing here.
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], replies.Select(r => r.Kind));
        Assert.Contains(scoreLine, replies[0].Text);
        Assert.Equal(2.0, replies[0].Score);
    }

    [Theory]
    [InlineData("en", "the variance of the dot product grows", "Probe on question 1/1 (a point you missed):\nWhat happens without scaling?", "(the point the follow-up asks about)")]
    [InlineData("zh", "点积的方差会变大", "第 1/1 题追问（你漏掉的一点）：\n不缩放会怎样？", "（追问考察的那一点）")]
    public async Task APartialAnswerGetsAProbeOfTheHeaviestMissedPoint(string language, string partial, string probe, string hidden)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");

        var replies = await _tutor.SayAsync(partial);

        Assert.Equal(FollowupKind.Probe, replies[1].FollowupKind);
        Assert.Equal(probe, replies[1].Text);
        Assert.Contains(hidden, replies[0].Missed);
        Assert.Single(replies[0].Covered);
    }

    [Theory]
    [InlineData("en", "variance grows, softmax would saturate, scaling gives unit variance", "Stretch on question 1/1 (going deeper):\nWhat if dk were tiny, say 4: would scaling still matter?", "Stretch: well reasoned.")]
    [InlineData("zh", "方差变大，softmax 饱和，缩放让方差回到 1", "第 1/1 题拓展（再深入一步）：\n如果 dk 很小（比如 4），还需要缩放吗？", "拓展题：答得有深度。")]
    public async Task AStrongAnswerGetsOneStretchQuestionThenMovesOn(string language, string strong, string stretch, string verdict)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");

        var first = await _tutor.SayAsync(strong);
        Assert.Equal(10, first[0].Score);
        Assert.Equal(FollowupKind.Stretch, first[1].FollowupKind);
        Assert.Equal(stretch, first[1].Text);

        var second = await _tutor.SayAsync(language == "zh" ? "小的时候方差不大，饱和没那么严重" : "with small dk the logits stay small, saturation is mild");
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], second.Select(r => r.Kind));
        Assert.StartsWith(verdict, second[0].Text);
        Assert.Equal(10, second[0].Score);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task AStrongAnswerToAnEntryWithoutAStretchQuestionMovesOn(string language)
    {
        var start = await _tutor.SayAsync($"/interview inference easy 1 {language}");

        var replies = await _tutor.SayAsync(_tutor.AnswerTo(start[^1], strong: true));

        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], replies.Select(r => r.Kind));
        Assert.Null(replies[0].FollowupKind);
    }

    [Theory]
    [InlineData("en", "Hint for the follow-up: Softmax saturates and gradients vanish\n(This follow-up now adds at most +1.0.)", "No more hints for this follow-up.", "Score: 5.0/10 (+1.0 from the follow-up)")]
    [InlineData("zh", "追问提示：softmax 饱和、梯度消失\n（这道追问最多只能加 1.0 分。）", "这道追问没有更多提示了。", "得分：5.0/10（追问加 1.0 分）")]
    public async Task AHintDuringAFollowupIsAboutTheFollowupAndHalvesItsCredit(string language, string hint, string noMore, string scoreLine)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");
        await _tutor.SayAsync(language == "zh" ? "方差变大" : "variance grows");

        var hinted = await _tutor.SayAsync("/hint");

        Assert.Equal(hint, hinted.Single().Text);
        Assert.Equal(10, _tutor.Store.Sessions().Single().Questions[0].MaxScore);
        Assert.Equal(noMore, (await _tutor.SayAsync("/hint")).Single().Text);

        var replies = await _tutor.SayAsync(language == "zh" ? "会饱和" : "it saturates");
        Assert.Contains(scoreLine, replies[0].Text);
    }

    [Theory]
    [InlineData("en", "Score: 4.8/10 (+1.2 from the follow-up)")]
    [InlineData("zh", "得分：4.8/10（追问加 1.2 分）")]
    public async Task AFollowupsCreditIsShownOnTheScaleAHintOnTheQuestionLowered(string language, string scoreLine)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");
        await _tutor.SayAsync("/hint");

        // The hint gave variance away (maximum 6/10); the answer makes 6 of 10 raw, the probe on saturation adds 2 raw = 1.2.
        var first = await _tutor.SayAsync(language == "zh" ? "方差变大，缩放让方差回到 1" : "variance grows, scaling gives unit variance");
        Assert.Equal(FollowupKind.Probe, first[1].FollowupKind);

        var replies = await _tutor.SayAsync(language == "zh" ? "会饱和" : "it saturates");
        Assert.Contains(scoreLine, replies[0].Text);
    }

    [Theory]
    [InlineData("en", "variance grows", "no idea")]
    [InlineData("zh", "方差变大", "不知道")]
    public async Task AtMostTwoFollowupsAreAskedAndABlankReplyToAProbeEndsTheQuestion(string language, string partial, string blank)
    {
        await _tutor.SayAsync($"/interview transformer medium 1 {language}");
        await _tutor.SayAsync(partial);
        var afterProbe = await _tutor.SayAsync(language == "zh" ? "会饱和" : "it saturates");
        Assert.Equal(FollowupKind.Probe, afterProbe[1].FollowupKind);

        var last = await _tutor.SayAsync(blank);

        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], last.Select(r => r.Kind));
        Assert.Equal(2, _tutor.Store.Sessions().Single().Questions[0].Followups.Count);
    }
}
