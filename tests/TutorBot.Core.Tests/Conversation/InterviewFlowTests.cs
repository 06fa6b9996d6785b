using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Tests.Conversation;

public sealed class InterviewFlowTests
{
    private readonly TutorHarness _tutor = new();

    [Fact]
    public async Task AnInterviewAsksEachQuestionGivesFeedbackAndEndsWithASummary()
    {
        var replies = (await _tutor.SayAsync("/interview inference 2")).ToList();
        Assert.Equal([ReplyKind.Info, ReplyKind.Question], replies.Select(r => r.Kind));
        var question = replies[^1];
        Assert.Equal((1, 2), (question.QuestionNumber, question.QuestionCount));

        var afterFirst = await _tutor.SayAsync(_tutor.AnswerTo(question, strong: true));
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Question], afterFirst.Select(r => r.Kind));
        Assert.Equal(10, afterFirst[0].Score);
        Assert.Empty(afterFirst[0].Missed);
        Assert.Contains("Reference answer", afterFirst[0].Text);
        Assert.Equal(2, afterFirst[1].QuestionNumber);

        var afterSecond = await _tutor.SayAsync(_tutor.AnswerTo(afterFirst[1], strong: true));
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], afterSecond.Select(r => r.Kind));
        Assert.Contains("2 of 2 question(s) done, average 10.0/10", afterSecond[1].Text);
        Assert.Contains("inference: 10.0/10 (2)", afterSecond[1].Text);
        Assert.Null(await _tutor.Store.FindActiveAsync(1, "console:ada"));
    }

    [Fact]
    public async Task APartialAnswerDrawsAProbeOfTheMostImportantMissedPointWithoutNamingIt()
    {
        await _tutor.SayAsync("/interview transformer medium 1");
        var replies = await _tutor.SayAsync("the variance of the dot product grows");

        Assert.Equal([ReplyKind.Feedback, ReplyKind.Question], replies.Select(r => r.Kind));
        Assert.Equal(4, replies[0].Score);
        Assert.DoesNotContain("Reference answer", replies[0].Text);
        Assert.Equal(["(the point the follow-up asks about)", "Scaling restores unit variance"], replies[0].Missed);
        Assert.DoesNotContain("Softmax saturates", replies[0].Text);
        Assert.Equal(FollowupKind.Probe, replies[1].FollowupKind);

        // saturation (weight 2) outranks unit-variance (weight 1).
        Assert.Contains("What happens without scaling?", replies[1].Text);
    }

    [Fact]
    public async Task AFollowupIsGradedAgainstItsOwnPointAndItsCreditFoldsBackVisibly()
    {
        await _tutor.SayAsync("/interview transformer medium 1");
        await _tutor.SayAsync("variance grows");
        var replies = await _tutor.SayAsync("softmax saturates");

        // saturation is 2 of 5 weight: 4 points, half of which count after a prompt.
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Question], replies.Select(r => r.Kind));
        Assert.Equal((FollowupKind.Probe, 6.0, 2.0), (replies[0].FollowupKind, replies[0].Score, replies[0].FollowupCredit));
        Assert.Contains("Score: 6.0/10 (+2.0 from the follow-up)", replies[0].Text);
        Assert.Equal(["saturation"], _tutor.Grader.Requests[^1].Entry!.KeyPoints.Select(k => k.Id));
        Assert.Equal("softmax saturates", _tutor.Grader.Requests[^1].Answer);
        Assert.Contains("Why not divide by dk?", replies[1].Text);
    }

    [Fact]
    public async Task AHintRevealsTheHeaviestMissingPointAndLowersTheMaximum()
    {
        await _tutor.SayAsync("/interview transformer medium 1");
        var hint = await _tutor.SayAsync("/hint");

        Assert.Contains("The dot product variance grows with dk", hint.Single().Text);
        Assert.Contains("maximum is now 6.0/10", hint.Single().Text);

        var feedback = await _tutor.SayAsync("variance, saturation, unit variance");
        Assert.Equal(6, feedback[0].Score);
    }

    [Fact]
    public async Task HintsRunOutOnceEveryPointIsRevealed()
    {
        await _tutor.SayAsync("/interview transformer easy 1");
        await _tutor.SayAsync("/hint");

        var second = await _tutor.SayAsync("/hint");

        Assert.Contains("No more hints", second.Single().Text);
    }

    [Fact]
    public async Task SkippingScoresZeroShowsTheReferenceAndMovesOn()
    {
        await _tutor.SayAsync("/interview inference 2");
        var replies = await _tutor.SayAsync("/skip");

        Assert.Equal([ReplyKind.Info, ReplyKind.Question], replies.Select(r => r.Kind));
        Assert.Contains("Skipped question 1/2", replies[0].Text);
        Assert.Contains("Reference answer of", replies[0].Text);
        var card = Assert.Single(await _tutor.Store.GetCardsAsync(1));
        Assert.Equal(0, card.LastScore);
    }

    [Fact]
    public async Task EndingEarlySumsUpWhatWasAnswered()
    {
        var start = await _tutor.SayAsync("/interview inference 2");
        await _tutor.SayAsync(_tutor.AnswerTo(start[^1], strong: true));
        var replies = await _tutor.SayAsync("/end");

        var summary = Assert.Single(replies);
        Assert.Equal(ReplyKind.Summary, summary.Kind);
        Assert.Contains("1 of 2 question(s) done", summary.Text);
        Assert.Contains("not answered", summary.Text);
        Assert.Contains("No interview is running", (await _tutor.SayAsync("/skip")).Single().Text);
    }

    [Fact]
    public async Task ASideQuestionIsAnsweredWithoutLosingThePlace()
    {
        await _tutor.SayAsync("/interview inference 2");
        var replies = await _tutor.SayAsync("what's FlashAttention again?");

        var answer = Assert.Single(replies);
        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.Contains("About: what's FlashAttention again?", answer.Text);
        Assert.Contains("Still on question 1/2", answer.Text);
        Assert.Empty(_tutor.Grader.Requests);

        var next = await _tutor.SayAsync("keys and values, no recompute");
        Assert.Equal(1, next[0].QuestionNumber);
    }

    [Fact]
    public async Task StartingANewInterviewClosesTheUnfinishedOne()
    {
        await _tutor.SayAsync("/interview inference 2");
        var replies = await _tutor.SayAsync("/interview transformer 1");

        Assert.Contains("unfinished interview (0/2 answered) was closed", replies[0].Text);
        Assert.Equal(InterviewStatus.Abandoned, _tutor.Store.Sessions().Single(s => s.Questions.Count == 2).Status);
    }

    [Fact]
    public async Task EveryAnswerIsStoredBeforeItIsGraded()
    {
        var stored = new List<bool>();
        _tutor.Grader.BeforeGrading = request =>
        {
            stored.Add(_tutor.Store.RecordedAnswers.Any(r => r.Answer.Text == request.Answer));
            return Task.CompletedTask;
        };
        var start = await _tutor.SayAsync("/interview inference 1");

        await _tutor.SayAsync(_tutor.AnswerTo(start[^1], strong: false));

        Assert.Equal([true], stored);
    }

    [Fact]
    public async Task AnAnswerLeftUngradedByACrashIsGradedOnResumeExactlyOnce()
    {
        var start = await _tutor.SayAsync("/interview inference 2");
        _tutor.Grader.BeforeGrading = _ => throw new OperationCanceledException("process killed");
        await Assert.ThrowsAsync<OperationCanceledException>(() => _tutor.SayAsync(_tutor.AnswerTo(start[^1], strong: true)));

        var restarted = new TutorHarness(_tutor.Store, _tutor.Clock);
        var resumed = await restarted.Service.ResumeAsync(TutorHarness.Channel(), TutorHarness.User());

        Assert.Equal([ReplyKind.Feedback, ReplyKind.Question], resumed.Select(r => r.Kind));
        Assert.Equal(10, resumed[0].Score);
        Assert.Equal(2, resumed[1].QuestionNumber);
        Assert.Single(restarted.Grader.Requests);
        var session = Assert.Single(_tutor.Store.Sessions());
        Assert.Single(session.Questions[0].Answers);
        Assert.Empty(await restarted.Service.ResumeAsync(TutorHarness.Channel("someone-else"), TutorHarness.User("someone-else")));
    }

    [Fact]
    public async Task WhenGradingKeepsFailingCommandsStillRunAndSkipMovesOn()
    {
        var start = await _tutor.SayAsync("/interview inference 2");
        _tutor.Grader.BeforeGrading = _ => throw new InvalidOperationException("grader down");
        Assert.Contains("grader down", (await _tutor.SayAsync("keys and values")).Single().Text);
        Assert.Contains("grader down", (await _tutor.SayAsync("another try")).Single().Text);

        var replies = await _tutor.SayAsync("/skip");

        Assert.Equal([ReplyKind.Error, ReplyKind.Info, ReplyKind.Question], replies.Select(r => r.Kind));
        Assert.Equal(2, replies[^1].QuestionNumber);
        Assert.Single(_tutor.Store.RecordedAnswers);
        _tutor.Grader.BeforeGrading = null;
        var next = await _tutor.SayAsync(_tutor.AnswerTo(replies[^1], strong: true));
        Assert.Equal([ReplyKind.Feedback, ReplyKind.Summary], next.Select(r => r.Kind));
        Assert.NotEqual(start[^1].EntryId, next[0].EntryId);
    }

    [Fact]
    public async Task ResumingWithNothingUngradedRepeatsTheOpenQuestion()
    {
        await _tutor.SayAsync("/interview inference 2");

        var resumed = await new TutorHarness(_tutor.Store, _tutor.Clock).Service.ResumeAsync(TutorHarness.Channel(), TutorHarness.User());

        Assert.Equal([ReplyKind.Info, ReplyKind.Question], resumed.Select(r => r.Kind));
        Assert.Contains("Resuming your interview at question 1/2", resumed[0].Text);
    }

    [Fact]
    public async Task RepliesFollowTheLanguageOfTheFirstFreeTextThenLang()
    {
        await _tutor.SayAsync("什么是 KV cache？");
        var zh = await _tutor.SayAsync("/interview inference 1");
        Assert.All(zh, r => Assert.Equal(Language.Zh, r.Language));
        Assert.Contains("第 1/1 题", zh[^1].Text);

        await _tutor.SayAsync("/lang en");
        var en = await _tutor.SayAsync("/hint");
        Assert.Equal(Language.En, en.Single().Language);
        Assert.Contains("Hint:", en.Single().Text);
    }

    [Fact]
    public async Task TheInterviewCommandCanSetTheLanguage()
    {
        var replies = await _tutor.SayAsync("/interview 1 zh");

        Assert.Contains("模拟面试", replies[0].Text);
        Assert.Equal(Language.Zh, replies[^1].Language);
    }
}
