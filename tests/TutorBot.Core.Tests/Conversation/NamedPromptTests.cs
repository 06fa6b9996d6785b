using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>Answers, hints, skips and ends that name a prompt act only while it is open; otherwise nothing changes.</summary>
public sealed class NamedPromptTests
{
    private readonly TutorHarness _tutor = new();

    [Fact]
    public async Task EveryQuestionAndFollowupNamesItsInterviewNumberAndAttempt()
    {
        var question = await StartAsync();
        Assert.Equal((1, 0), (question.Question, question.Attempt));
        Assert.Equal(_tutor.Store.Sessions().Single().Id, question.InterviewId);

        var replies = await _tutor.SendAsync(new AnswerQuestion(question, "the variance of the dot product grows"));

        var followup = replies.Single(r => r.Kind == ReplyKind.Question);
        Assert.True(followup.IsFollowup);
        Assert.Equal(question with { Attempt = 1 }, followup.Question);
    }

    [Fact]
    public async Task AnAnswerToAQuestionThatWasSkippedChangesNothingAndSaysItMovedOn()
    {
        var question = await StartAsync();
        await _tutor.SendAsync(new SkipQuestion(question));
        var saves = _tutor.Store.Saves;

        var reply = Assert.Single(await _tutor.SendAsync(new AnswerQuestion(question, "softmax saturates without the scaling")));

        Assert.True(reply.MovedOn);
        Assert.Equal(Phrases.MovedOn(Language.En), reply.Text);
        Assert.Empty(_tutor.Store.RecordedAnswers);
        Assert.Equal(saves, _tutor.Store.Saves);
        var session = _tutor.Store.Sessions().Single();
        Assert.Equal(1, session.CurrentIndex);
        Assert.Empty(session.Questions[1].Answers);
    }

    [Fact]
    public async Task ASecondSkipOfTheSamePromptSkipsNothing()
    {
        var question = await StartAsync();

        var first = await _tutor.SendAsync(new SkipQuestion(question));
        var second = Assert.Single(await _tutor.SendAsync(new SkipQuestion(question)));

        Assert.Contains(first, r => r.Kind == ReplyKind.Question && r.QuestionNumber == 2);
        Assert.True(second.MovedOn);
        Assert.Equal(1, _tutor.Store.Sessions().Single().CurrentIndex);
    }

    [Fact]
    public async Task ASecondAnswerToTheSamePromptIsNotTakenForTheFollowup()
    {
        var question = await StartAsync();
        await _tutor.SendAsync(new AnswerQuestion(question, "the variance of the dot product grows"));

        var again = Assert.Single(await _tutor.SendAsync(new AnswerQuestion(question, "the variance of the dot product grows")));

        Assert.True(again.MovedOn);
        Assert.Single(_tutor.Store.RecordedAnswers);
    }

    [Fact]
    public async Task HintAndEndNamingAnOldInterviewDoNotTouchTheNewOne()
    {
        var old = await StartAsync();
        var current = await StartAsync();

        Assert.True(Assert.Single(await _tutor.SendAsync(new RequestHint(old))).MovedOn);
        Assert.True(Assert.Single(await _tutor.SendAsync(new EndInterview(old.InterviewId))).MovedOn);

        var session = _tutor.Store.Sessions().Single(s => s.Id == current.InterviewId);
        Assert.Equal(InterviewStatus.Active, session.Status);
        Assert.Equal(InterviewQuestion.FullMarks, session.Questions[0].MaxScore);
    }

    [Fact]
    public async Task TheMovedOnNoticeIsInTheUsersLanguage()
    {
        await _tutor.SayAsync("/lang zh");
        var question = await StartAsync();
        await _tutor.SendAsync(new SkipQuestion(question));

        var reply = Assert.Single(await _tutor.SendAsync(new SkipQuestion(question)));

        Assert.Equal(Phrases.MovedOn(Language.Zh), reply.Text);
        Assert.Equal(Language.Zh, reply.Language);
    }

    [Fact]
    public async Task OpeningAnAnswerSaysNothingWhileThePromptIsOpenAndMovedOnOnceItIsNot()
    {
        var question = await StartAsync();

        Assert.Empty(await _tutor.SendAsync(new OpenAnswer(question)));
        await _tutor.SendAsync(new SkipQuestion(question));
        Assert.True(Assert.Single(await _tutor.SendAsync(new OpenAnswer(question))).MovedOn);
        Assert.Equal(1, _tutor.Store.Sessions().Single().CurrentIndex);
    }

    [Theory]
    [InlineData("/skip the scaling keeps the variance of the dot product at one")]
    [InlineData("What is important is that the variance of the dot product grows?")]
    public async Task AnAnswerIsGradedAsAnAnswerEvenWhenItReadsLikeACommandOrAQuestion(string text)
    {
        var question = await StartAsync();

        var replies = await _tutor.SendAsync(new AnswerQuestion(question, text));

        Assert.Equal(ReplyKind.Feedback, replies[0].Kind);
        Assert.Equal(text, Assert.Single(_tutor.Store.RecordedAnswers).Answer.Text);
        Assert.Empty(_tutor.Ask.Requests);
    }

    private async Task<QuestionRef> StartAsync() =>
        (await _tutor.SendAsync(new StartInterview(InterviewMode.Practice) { Topic = "transformer", Count = 2 })).Single(r => r.Kind == ReplyKind.Question).Question!;
}
