using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Interview;
using TutorBot.Core.Level;
using TutorBot.Core.Persistence;
using TutorBot.Core.Progress;
using TutorBot.Core.Review;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>
/// Every repository in memory. Sessions are copied in and out, as a database would, so that state the engine
/// forgets to save is lost here too.
/// </summary>
public sealed class InMemoryTutorStore : IUserRepository, IInterviewRepository, IReviewRepository, IProgressRepository, ILevelRepository
{
    private readonly Dictionary<(long, string), LevelEstimate> _levels = [];

    private readonly Lock _lock = new();
    private readonly List<UserProfile> _users = [];
    private readonly Dictionary<Guid, InterviewSession> _sessions = [];
    private readonly Dictionary<(long, string), ReviewCard> _cards = [];

    public List<(Guid Session, int Position, InterviewAnswer Answer)> RecordedAnswers { get; } = [];

    public int Saves { get; private set; }

    public Task<UserProfile> GetOrCreateAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var found = _users.FirstOrDefault(u => u.Frontend == user.Frontend && u.ExternalId == user.UserId);
            if (found is null)
            {
                found = new UserProfile(_users.Count + 1, user.Frontend, user.UserId, user.DisplayName, null);
                _users.Add(found);
            }

            return Task.FromResult(found);
        }
    }

    public Task SetLanguageAsync(long userId, Language language, CancellationToken cancellationToken = default) =>
        Update(userId, u => u with { Language = language });

    public Task PinLanguageAsync(long userId, Language? language, CancellationToken cancellationToken = default) =>
        Update(userId, u => u with { Language = language ?? u.Language, LanguagePinned = language is not null });

    public Task<string?> FindActiveConversationAsync(long userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_sessions.Values
                .Where(s => s.UserId == userId && s.Status == InterviewStatus.Active)
                .OrderByDescending(s => s.StartedAt)
                .Select(s => s.Conversation)
                .FirstOrDefault());
        }
    }

    public Task<InterviewSession?> FindActiveAsync(long userId, string conversation, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var session = _sessions.Values
                .Where(s => s.UserId == userId && s.Conversation == conversation && s.Status == InterviewStatus.Active)
                .OrderByDescending(s => s.StartedAt)
                .FirstOrDefault();
            if (session is null)
            {
                return Task.FromResult<InterviewSession?>(null);
            }

            var copy = Copy(session);
            foreach (var (sessionId, position, answer) in RecordedAnswers.Where(r => r.Session == session.Id))
            {
                var question = copy.Questions.First(q => q.Position == position);
                if (question.Answers.All(a => a.Id != answer.Id))
                {
                    question.Answers.Add(new InterviewAnswer(answer.Id, answer.Turn, answer.Text, answer.AnsweredAt));
                }
            }

            return Task.FromResult<InterviewSession?>(copy);
        }
    }

    public Task RecordAnswerAsync(Guid sessionId, int position, InterviewAnswer answer, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (RecordedAnswers.All(r => r.Answer.Id != answer.Id))
            {
                RecordedAnswers.Add((sessionId, position, new InterviewAnswer(answer.Id, answer.Turn, answer.Text, answer.AnsweredAt)));
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveAsync(InterviewSession session, IReadOnlyList<ReviewCard> changedCards, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Saves++;
            _sessions[session.Id] = Copy(session);
            foreach (var card in changedCards)
            {
                _cards[(card.UserId, card.EntryId)] = card;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReviewCard>> GetCardsAsync(long userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReviewCard>>(_cards.Values.Where(c => c.UserId == userId).ToList());
        }
    }

    public Task<ProgressData> GetAsync(long userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var sessions = _sessions.Values.Where(s => s.UserId == userId).ToList();
            var questions = sessions
                .SelectMany(s => s.Questions)
                .Where(q => q.FinishedAt is not null)
                .Select(q => new ScoredQuestion(q.EntryId, q.Topic, q.Score ?? 0, q.FinishedAt!.Value))
                .OrderBy(q => q.FinishedAt)
                .ToList();
            return Task.FromResult(new ProgressData(sessions.Count, sessions.Count(s => s.Status == InterviewStatus.Finished), questions));
        }
    }

    public IReadOnlyList<InterviewSession> Sessions()
    {
        lock (_lock)
        {
            return _sessions.Values.Select(Copy).ToList();
        }
    }

    private Task Update(long userId, Func<UserProfile, UserProfile> change)
    {
        lock (_lock)
        {
            var index = _users.FindIndex(u => u.Id == userId);
            _users[index] = change(_users[index]);
        }

        return Task.CompletedTask;
    }

    private static InterviewSession Copy(InterviewSession session)
    {
        var copy = new InterviewSession(session.Id, session.UserId, session.Conversation, session.Mode, session.StartedAt)
        {
            Topic = session.Topic,
            Difficulty = session.Difficulty,
            Status = session.Status,
            EndedAt = session.EndedAt,
            CurrentIndex = session.CurrentIndex,
            TimePerQuestion = session.TimePerQuestion,
        };
        foreach (var question in session.Questions)
        {
            var q = new InterviewQuestion(question.Position, question.EntryId, question.Topic)
            {
                Status = question.Status,
                MaxScore = question.MaxScore,
                AwaitingFollowup = question.AwaitingFollowup,
                FirstScore = question.FirstScore,
                RawScore = question.RawScore,
                FinishedAt = question.FinishedAt,
                PromptedAt = question.PromptedAt,
            };
            q.HintedKeyPoints.AddRange(question.HintedKeyPoints);
            q.Followups.AddRange(question.Followups);
            q.Covered.AddRange(question.Covered);
            q.Missed.AddRange(question.Missed);
            foreach (var answer in question.Answers)
            {
                q.Answers.Add(new InterviewAnswer(answer.Id, answer.Turn, answer.Text, answer.AnsweredAt) { Grade = answer.Grade, Elapsed = answer.Elapsed, Late = answer.Late });
            }

            copy.Questions.Add(q);
        }

        return copy;
    }

    public Task<IReadOnlyList<LevelEstimate>> GetLevelsAsync(long userId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<LevelEstimate>>(_levels.Where(l => l.Key.Item1 == userId).Select(l => l.Value).OrderBy(l => l.Topic, StringComparer.Ordinal).ToList());
        }
    }

    public Task SaveLevelAsync(long userId, LevelEstimate estimate, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _levels[(userId, estimate.Topic)] = estimate;
            return Task.CompletedTask;
        }
    }
}
