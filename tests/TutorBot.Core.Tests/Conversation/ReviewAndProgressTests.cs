using TutorBot.Core.Conversation;

namespace TutorBot.Core.Tests.Conversation;

public sealed class ReviewAndProgressTests
{
    private readonly TutorHarness _tutor = new();

    [Fact]
    public async Task ReviewWithNothingAnsweredSaysSo()
    {
        var replies = await _tutor.SayAsync("/review");

        Assert.Contains("Nothing to review yet", replies.Single().Text);
    }

    [Fact]
    public async Task WeakEntriesComeBackFirstInReviewAndInInterviewOnceDue()
    {
        // Two sessions over the whole bank: weak on the inference entries, strong on the transformer ones.
        for (var session = 0; session < 2; session++)
        {
            var replies = (await _tutor.SayAsync("/interview 4")).ToList();
            while (replies.LastOrDefault(r => r.Kind == ReplyKind.Question) is { } question && replies.All(r => r.Kind != ReplyKind.Summary))
            {
                var strong = question.EntryId is "attention-scaling" or "layer-norm";
                replies = (await _tutor.SayAsync(question.IsFollowup ? "still no idea" : _tutor.AnswerTo(question, strong))).ToList();
            }

            _tutor.Clock.Advance(TimeSpan.FromDays(1));
        }

        var review = await _tutor.SayAsync("/review");
        Assert.Contains("2 question(s) due", review[0].Text);
        var firstReview = review[^1].EntryId;
        Assert.Contains(firstReview, new[] { "kv-cache", "flash-attention" });
        await _tutor.SayAsync("/end");

        var interview = await _tutor.SayAsync("/interview 2");
        Assert.Contains("due for review", interview[0].Text);
        Assert.Contains(interview[^1].EntryId, new[] { "kv-cache", "flash-attention" });
    }

    [Fact]
    public async Task ReviewOrdersDueEntriesWeakestFirst()
    {
        var replies = (await _tutor.SayAsync("/interview inference 2")).ToList();
        while (replies.LastOrDefault(r => r.Kind == ReplyKind.Question) is { } question && replies.All(r => r.Kind != ReplyKind.Summary))
        {
            // KV cache half right (one of two points), FlashAttention entirely wrong.
            var answer = question.IsFollowup ? "pass" : question.EntryId == "kv-cache" ? "keys and values" : "no idea";
            replies = (await _tutor.SayAsync(answer)).ToList();
        }

        _tutor.Clock.Advance(TimeSpan.FromDays(1.5));
        var review = await _tutor.SayAsync("/review");

        Assert.Equal("flash-attention", review[^1].EntryId);
    }

    [Fact]
    public async Task ProgressReportsSessionsTopicAveragesDueEntriesAndAChart()
    {
        var start = await _tutor.SayAsync("/interview inference 1");
        await _tutor.SayAsync(_tutor.AnswerTo(start[^1], strong: true));

        var progress = (await _tutor.SayAsync("/progress")).Single();

        Assert.Contains("1 interview(s) (1 finished), 1 question(s) answered", progress.Text);
        Assert.Contains("inference: 10.0/10 over 1 answer(s)", progress.Text);
        Assert.Contains("Entries due for review: 0", progress.Text);
        Assert.Equal("/charts/progress.png", progress.AttachmentPath);
        Assert.Equal(("console:ada", 1), (_tutor.Chart.Calls.Single().UserKey, _tutor.Chart.Calls.Single().Points));
    }

    [Fact]
    public async Task ProgressBeforeAnyAnswerDrawsNoChart()
    {
        var progress = (await _tutor.SayAsync("/progress")).Single();

        Assert.Null(progress.AttachmentPath);
        Assert.Empty(_tutor.Chart.Calls);
    }
}
