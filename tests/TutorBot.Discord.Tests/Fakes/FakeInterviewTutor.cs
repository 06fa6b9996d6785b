using System.Collections.Concurrent;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>
/// Behaves like an interview: /interview asks question 1 of 2, an answer gets feedback and the next question,
/// the last answer gets feedback and a summary. Records every input, so tests can check nothing was lost or doubled.
/// </summary>
public sealed class FakeInterviewTutor : ITutorService, IInterviewOwners
{
    public const int QuestionCount = 2;

    private readonly ConcurrentDictionary<string, int> _questionByConversation = new();
    private readonly ConcurrentQueue<TutorInput> _inputs = new();
    private readonly ConcurrentDictionary<string, UserRef> _ownerByConversation = new();

    /// <summary>Awaited before every reply: a test holds it to play a slow tutor.</summary>
    public Task Hold { get; set; } = Task.CompletedTask;

    public string? ProgressChartPath { get; set; }

    public IReadOnlyList<TutorInput> Inputs => _inputs.ToArray();

    /// <summary>Free-text answers received in a conversation, in order.</summary>
    public IReadOnlyList<string> AnswersIn(string channelId) =>
        Inputs.Where(i => i.Conversation.ChannelId == channelId && !i.Text.StartsWith('/')).Select(i => i.Text).ToList();

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default)
    {
        _inputs.Enqueue(input);
        await Hold.WaitAsync(cancellationToken);

        var conversation = input.Conversation.ChannelId;
        var command = input.Text.Split(' ')[0];
        switch (command)
        {
            case "/interview" or "/review":
                _questionByConversation[conversation] = 1;
                _ownerByConversation[conversation] = input.User;
                return [Question(1)];
            case "/lang":
                return [new TutorReply(ReplyKind.Info, "Language set.")];
            case "/ask":
                return [new TutorReply(ReplyKind.Answer, $"About \"{input.Arguments.GetValueOrDefault("question")}\": scaling by √d_k keeps the softmax out of saturation.")];
            case "/grade":
                return [Feedback(input.Arguments.GetValueOrDefault("answer") ?? "")];
            case "/calc":
                return [new TutorReply(ReplyKind.Answer, "KV cache: 2 GiB")];
            case "/progress":
                return [new TutorReply(ReplyKind.Info, "2 sessions, average 6.5/10") { AttachmentPath = ProgressChartPath }];
            case "/hint" when _questionByConversation.ContainsKey(conversation):
                return [new TutorReply(ReplyKind.Info, "Hint: think about the variance of q·k.")];
            case "/skip" when _questionByConversation.ContainsKey(conversation):
                return Next(conversation, []);
            case "/end" when _questionByConversation.TryRemove(conversation, out _):
                return [new TutorReply(ReplyKind.Summary, "Ended early. Average 7.0/10.")];
            case "/hint" or "/skip" or "/end":
                return [new TutorReply(ReplyKind.Error, "No interview is running here; start one with /interview.")];
        }

        return _questionByConversation.ContainsKey(conversation)
            ? Next(conversation, [Feedback(input.Text)])
            : [new TutorReply(ReplyKind.Info, "Start an interview with /interview.")];
    }

    public Task<IReadOnlyList<UserRef>> ActiveInAsync(ConversationKey conversation, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<UserRef>>(
            _questionByConversation.ContainsKey(conversation.ChannelId) && _ownerByConversation.TryGetValue(conversation.ChannelId, out var owner) ? [owner] : []);

    private List<TutorReply> Next(string conversation, List<TutorReply> replies)
    {
        var next = _questionByConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        if (next > QuestionCount)
        {
            _questionByConversation.TryRemove(conversation, out _);
            replies.Add(new TutorReply(ReplyKind.Summary, $"Interview complete: {QuestionCount} questions, average 7.0/10."));
        }
        else
        {
            replies.Add(Question(next));
        }

        return replies;
    }

    private static TutorReply Question(int number) =>
        new(ReplyKind.Question, number == 1 ? "Why is attention scaled by √d_k?" : "What does the KV cache store?")
        {
            QuestionNumber = number,
            QuestionCount = QuestionCount,
        };

    private static TutorReply Feedback(string answer) =>
        new(ReplyKind.Feedback, $"Your answer ({answer.Length} characters) covers the main idea.")
        {
            Score = 7,
            Covered = ["variance grows with d_k"],
            Missed = ["softmax saturation"],
        };
}
