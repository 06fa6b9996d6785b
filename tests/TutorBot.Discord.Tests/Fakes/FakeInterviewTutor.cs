using System.Collections.Concurrent;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Persistence;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>
/// Behaves like an interview: a start asks question 1 of 2, an answer gets feedback and the next question, the last
/// answer gets feedback and a summary. Like the real tutor it names each question's prompt and answers a stale one
/// with "moved on". Records every input, so tests can check nothing was lost or doubled.
/// </summary>
public sealed class FakeInterviewTutor : ITutorService, IInterviewOwners
{
    public const int QuestionCount = 2;
    public const string MovedOnText = "That question has moved on.";

    private readonly ConcurrentDictionary<string, QuestionRef> _questionByConversation = new();
    private readonly ConcurrentQueue<TutorInput> _inputs = new();
    private readonly ConcurrentDictionary<string, UserRef> _ownerByConversation = new();

    /// <summary>Awaited before every reply: a test holds it to play a slow tutor.</summary>
    public Task Hold { get; set; } = Task.CompletedTask;

    public string? ProgressChartPath { get; set; }

    public IReadOnlyList<TutorInput> Inputs => _inputs.ToArray();

    /// <summary>Answers received in a conversation (modal answers and free text), in order.</summary>
    public IReadOnlyList<string> AnswersIn(string channelId) =>
        Inputs.Where(i => i.Conversation.ChannelId == channelId)
            .Select(i => i.Intent switch { AnswerQuestion a => a.Text, FreeText f => f.Text, _ => null })
            .OfType<string>()
            .ToList();

    /// <summary>The open prompt of the interview running in a conversation.</summary>
    public QuestionRef CurrentQuestion(string channelId) => _questionByConversation[channelId];

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default)
    {
        _inputs.Enqueue(input);
        await Hold.WaitAsync(cancellationToken);

        var conversation = input.Conversation.ChannelId;
        var current = _questionByConversation.TryGetValue(conversation, out var open) ? open : null;
        switch (input.Intent)
        {
            case StartInterview:
                var question = new QuestionRef(Guid.NewGuid(), 1, 0);
                _questionByConversation[conversation] = question;
                _ownerByConversation[conversation] = input.User;
                return [Question(question)];
            case SetLanguage:
                return [new TutorReply(ReplyKind.Info, "Language set.")];
            case AskQuestion ask:
                return [new TutorReply(ReplyKind.Answer, $"About \"{ask.Text}\": scaling by √d_k keeps the softmax out of saturation.")];
            case GradeAnswer grade:
                return [Feedback(grade.Answer)];
            case Calculate:
                return [new TutorReply(ReplyKind.Answer, "KV cache: 2 GiB")];
            case ShowProgress:
                return [new TutorReply(ReplyKind.Info, "2 sessions, average 6.5/10") { AttachmentPath = ProgressChartPath }];
            case OpenAnswer { Question: var opened } when opened == current:
                return [];
            case OpenAnswer:
            case AnswerQuestion { Question: var named } when named != current:
            case RequestHint { Question: { } hinted } when hinted != current:
            case SkipQuestion { Question: { } skipped } when skipped != current:
            case EndInterview { InterviewId: { } ended } when ended != current?.InterviewId:
                return [new TutorReply(ReplyKind.Info, MovedOnText) { MovedOn = true }];
            case RequestHint or SkipQuestion or EndInterview when current is null:
                return [new TutorReply(ReplyKind.Error, "No interview is running here; start one with /interview.")];
            case RequestHint:
                return [new TutorReply(ReplyKind.Info, "Hint: think about the variance of q·k.")];
            case SkipQuestion:
                return Next(conversation, current!, []);
            case EndInterview:
                _questionByConversation.TryRemove(conversation, out _);
                return [new TutorReply(ReplyKind.Summary, "Ended early. Average 7.0/10.")];
            case AnswerQuestion answer:
                return Next(conversation, current!, [Feedback(answer.Text)]);
            case FreeText free when current is not null:
                return Next(conversation, current, [Feedback(free.Text)]);
            default:
                return [new TutorReply(ReplyKind.Info, "Start an interview with /interview.")];
        }
    }

    public Task<ConversationKey?> FindRunningInterviewAsync(UserRef user, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ownerByConversation
            .Where(o => o.Value.UserId == user.UserId && _questionByConversation.ContainsKey(o.Key))
            .Select(o => new ConversationKey(user.Frontend, o.Key))
            .FirstOrDefault());

    public Task<IReadOnlyList<UserRef>> ActiveInAsync(ConversationKey conversation, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserRef>>(
            _questionByConversation.ContainsKey(conversation.ChannelId) && _ownerByConversation.TryGetValue(conversation.ChannelId, out var owner) ? [owner] : []);

    private List<TutorReply> Next(string conversation, QuestionRef current, List<TutorReply> replies)
    {
        if (current.Question >= QuestionCount)
        {
            _questionByConversation.TryRemove(conversation, out _);
            replies.Add(new TutorReply(ReplyKind.Summary, $"Interview complete: {QuestionCount} questions, average 7.0/10."));
            return replies;
        }

        var next = current with { Question = current.Question + 1 };
        _questionByConversation[conversation] = next;
        replies.Add(Question(next));
        return replies;
    }

    private static TutorReply Question(QuestionRef question) =>
        new(ReplyKind.Question, question.Question == 1 ? "Why is attention scaled by √d_k?" : "What does the KV cache store?")
        {
            QuestionNumber = question.Question,
            QuestionCount = QuestionCount,
            Question = question,
        };

    private static TutorReply Feedback(string answer) =>
        new(ReplyKind.Feedback, $"Your answer ({answer.Length} characters) covers the main idea.")
        {
            Score = 7,
            Covered = ["variance grows with d_k"],
            Missed = ["softmax saturation"],
        };
}
