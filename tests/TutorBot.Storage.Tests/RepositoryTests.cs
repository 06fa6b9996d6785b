using TutorBot.Storage.Tests.Providers;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;
using TutorBot.Core.Persistence;
using TutorBot.Core.Review;

namespace TutorBot.Storage.Tests;

/// <summary>Run against every provider: see SqliteRepositoryTests and PostgresRepositoryTests.</summary>
public abstract class RepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly StorageTutor _storage;

    protected RepositoryTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    [StoreFact]
    public async Task UsersAreKeyedByFrontEndAndIdSoOneDatabaseServesBoth()
    {
        var users = _storage.Get<IUserRepository>();

        var console = await users.GetOrCreateAsync(new UserRef("console", "42", "ada"));
        var discord = await users.GetOrCreateAsync(new UserRef("discord", "42", "Ada L."));
        await users.SetLanguageAsync(discord.Id, Language.Zh);
        var again = await users.GetOrCreateAsync(new UserRef("discord", "42", "Ada Lovelace"));

        Assert.NotEqual(console.Id, discord.Id);
        Assert.Equal((discord.Id, "Ada Lovelace", Language.Zh), (again.Id, again.DisplayName, again.Language));
        Assert.Null((await users.GetOrCreateAsync(new UserRef("console", "42", "ada"))).Language);
    }

    [StoreFact]
    public async Task ASessionRoundTripsWithItsQuestionsFollowupsAnswersAndGrades()
    {
        var (userId, interviews) = await SetUpAsync();
        var session = new InterviewSession(Guid.NewGuid(), userId, "console:ada", InterviewMode.Review, Now) { Topic = "inference", Difficulty = 2 };
        var question = new InterviewQuestion(1, "kv-cache", "inference") { MaxScore = 6, AwaitingFollowup = true, FirstScore = 4, RawScore = 4 };
        question.HintedKeyPoints.Add("keys-values");
        question.Followups.Add(new AskedFollowup("为什么？", "Why?", FollowupKind.Scaffold, "no-recompute") { Hinted = true });
        question.Covered.Add("keys-values");
        question.Missed.Add("no-recompute");
        var answer = new InterviewAnswer(Guid.NewGuid(), 0, "keys and values 键和值", Now.AddMinutes(1)) { Grade = new AnswerGrade(4, ["keys-values"], ["no-recompute"], "ok") };
        question.Answers.Add(answer);
        session.Questions.Add(question);
        session.Questions.Add(new InterviewQuestion(2, "flash-attention", "inference"));

        await interviews.SaveAsync(session, []);
        var loaded = await interviews.FindActiveAsync(userId, "console:ada");

        Assert.NotNull(loaded);
        Assert.Equal((session.Id, InterviewMode.Review, "inference", 2, 0), (loaded.Id, loaded.Mode, loaded.Topic, loaded.Difficulty, loaded.CurrentIndex));
        var q = loaded.Questions[0];
        Assert.Equal((6.0, true, 4.0, 4.0 * 6 / 10), (q.MaxScore, q.AwaitingFollowup, q.RawScore!.Value, q.Score!.Value));
        Assert.Equal(["keys-values"], q.HintedKeyPoints);
        Assert.Equal(("Why?", FollowupKind.Scaffold, "no-recompute", true), (q.PendingFollowup!.En, q.PendingFollowup.Kind, q.PendingFollowup.KeyPointId, q.PendingFollowup.Hinted));
        Assert.Equal(1, q.NextTurn);
        var a = Assert.Single(q.Answers);
        Assert.Equal((answer.Id, "keys and values 键和值", Now.AddMinutes(1)), (a.Id, a.Text, a.AnsweredAt));
        Assert.Equal(answer.Grade, a.Grade! with { Covered = answer.Grade.Covered, Missed = answer.Grade.Missed });
        Assert.Equal(["no-recompute"], a.Grade!.Missed);
        Assert.Equal(2, loaded.Questions.Count);
    }

    [StoreFact]
    public async Task AnAnswerRecordedTwiceIsStoredOnceAndStaysUngradedUntilSaved()
    {
        var (userId, interviews) = await SetUpAsync();
        var session = new InterviewSession(Guid.NewGuid(), userId, "console:ada", InterviewMode.Practice, Now);
        session.Questions.Add(new InterviewQuestion(1, "kv-cache", "inference"));
        await interviews.SaveAsync(session, []);
        var answer = new InterviewAnswer(Guid.NewGuid(), 0, "keys", Now);

        await interviews.RecordAnswerAsync(session.Id, 1, answer);
        await interviews.RecordAnswerAsync(session.Id, 1, answer);
        var loaded = await interviews.FindActiveAsync(userId, "console:ada");

        var stored = Assert.Single(loaded!.Questions[0].Answers);
        Assert.Null(stored.Grade);
        Assert.Equal(answer.Id, loaded.FindUngradedAnswer()!.Value.Answer.Id);
    }

    [StoreFact]
    public async Task ATimedSessionKeepsItsBudgetPromptTimesAndLateAnswersAndARepickedQuestionItsNewEntry()
    {
        var (userId, interviews) = await SetUpAsync();
        var session = new InterviewSession(Guid.NewGuid(), userId, "console:ada", InterviewMode.Practice, Now) { TimePerQuestion = TimeSpan.FromMinutes(3) };
        session.Questions.Add(new InterviewQuestion(1, "kv-cache", "inference") { PromptedAt = Now });
        session.Questions.Add(new InterviewQuestion(2, "layer-norm", "transformer"));
        await interviews.SaveAsync(session, []);
        var late = new InterviewAnswer(Guid.NewGuid(), 0, "keys", Now.AddMinutes(4)) { Elapsed = TimeSpan.FromMinutes(4), Late = true };
        await interviews.RecordAnswerAsync(session.Id, 1, late);
        session.Questions[1] = new InterviewQuestion(2, "flash-attention", "inference");
        await interviews.SaveAsync(session, []);

        var loaded = (await interviews.FindActiveAsync(userId, "console:ada"))!;

        Assert.Equal(TimeSpan.FromMinutes(3), loaded.TimePerQuestion);
        Assert.Equal(Now, loaded.Questions[0].PromptedAt);
        var answer = Assert.Single(loaded.Questions[0].Answers);
        Assert.Equal((TimeSpan.FromMinutes(4), true), (answer.Elapsed, answer.Late));
        Assert.Equal(("flash-attention", "inference"), (loaded.Questions[1].EntryId, loaded.Questions[1].Topic));
    }

    [StoreFact]
    public async Task ReviewCardsAreWrittenWithTheTurnAndReadBack()
    {
        var (userId, interviews) = await SetUpAsync();
        var session = new InterviewSession(Guid.NewGuid(), userId, "console:ada", InterviewMode.Practice, Now) { Status = InterviewStatus.Finished };
        var card = Sm2Scheduler.Next(null, userId, "kv-cache", 3, Now);

        await interviews.SaveAsync(session, [card]);
        await interviews.SaveAsync(session, [card with { LastScore = 2 }]);

        Assert.Equal([card with { LastScore = 2 }], await _storage.Get<IReviewRepository>().GetCardsAsync(userId));
        Assert.Null(await interviews.FindActiveAsync(userId, "console:ada"));
    }

    public void Dispose() => _storage.Dispose();

    [StoreFact]
    public async Task ASecondRunningInterviewForTheSameUserIsRefusedByTheDatabaseWhateverTheConversation()
    {
        var (userId, interviews) = await SetUpAsync();
        var first = new InterviewSession(Guid.NewGuid(), userId, "discord:thread-1", InterviewMode.Practice, Now);
        first.Questions.Add(new InterviewQuestion(1, "kv-cache", "inference"));
        await interviews.SaveAsync(first, []);
        var second = new InterviewSession(Guid.NewGuid(), userId, "discord:thread-2", InterviewMode.Practice, Now.AddMinutes(1));
        second.Questions.Add(new InterviewQuestion(1, "flash-attention", "inference"));

        var refused = await Assert.ThrowsAsync<StoreFailedException>(() => interviews.SaveAsync(second, []));

        Assert.Equal(StoreFault.Conflict, refused.Fault);
        Assert.Equal(first.Id, (await interviews.FindActiveAsync(userId, "discord:thread-1"))!.Id);
        Assert.Null(await interviews.FindActiveAsync(userId, "discord:thread-2"));
        first.Status = InterviewStatus.Finished;
        await interviews.SaveAsync(first, []);
        await interviews.SaveAsync(second, []);
        Assert.Equal("discord:thread-2", await interviews.FindActiveConversationAsync(userId));
    }

    private async Task<(long UserId, IInterviewRepository Interviews)> SetUpAsync()
    {
        var user = await _storage.Get<IUserRepository>().GetOrCreateAsync(new UserRef("console", "ada", "ada"));
        return (user.Id, _storage.Get<IInterviewRepository>());
    }
}
