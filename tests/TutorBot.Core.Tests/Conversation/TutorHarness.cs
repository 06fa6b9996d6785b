using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Model;
using TutorBot.Core.Progress;
using TutorBot.Testing.Fakes;

namespace TutorBot.Core.Tests.Conversation;

/// <summary>A TutorService over the test bank, in-memory repositories, a keyword grader and a fake clock.</summary>
public sealed class TutorHarness
{
    public TutorHarness(InMemoryTutorStore? store = null, FakeTimeProvider? clock = null, ITutorModel? model = null)
    {
        Store = store ?? new InMemoryTutorStore();
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new InterviewOptions());
        var picker = new QuestionPicker(Bank);
        Parser = new ChatLineParser(picker);
        var engine = new InterviewEngine(
            Bank,
            picker,
            new FollowupPlanner(model ?? new NoTutorModel(), NullLogger<FollowupPlanner>.Instance),
            Grader,
            Store,
            Store,
            Store,
            new InterviewWriter(Bank, Clock),
            new SummaryWriter(Bank),
            Clock,
            options);
        Service = new TutorService(
            Store,
            Store,
            engine,
            new QuestionDesk(Bank, Grader, Ask),
            new ConversationAsk(new QuestionDesk(Bank, Grader, Ask), Contexts, Clock, Options.Create(new ConversationContextOptions())),
            new ProgressService(Store, Store, Store, Chart, Clock),
            picker,
            Bank,
            options,
            NullLogger<TutorService>.Instance);
    }

    public QuestionBank Bank { get; } = TestBank.Create();

    public KeywordGrader Grader { get; } = new();

    public EchoAskService Ask { get; } = new();

    public RecordingChart Chart { get; } = new();

    public InMemoryTutorStore Store { get; }

    public InMemoryContextStore Contexts { get; } = new();

    public FakeTimeProvider Clock { get; }

    public TutorService Service { get; }

    public ChatLineParser Parser { get; }

    public static UserRef User(string id = "ada") => new("console", id, id);

    public static ConversationKey Channel(string id = "ada") => new("console", id);

    public Task<IReadOnlyList<TutorReply>> SayAsync(string text, string user = "ada") => SendAsync(Parser.Parse(text), user);

    public Task<IReadOnlyList<TutorReply>> SendAsync(TutorIntent intent, string user = "ada") =>
        Service.HandleAsync(new TutorInput(Channel(user), User(user), intent));

    /// <summary>Says each line in turn and returns every reply.</summary>
    public async Task<List<TutorReply>> ScriptAsync(params string[] lines)
    {
        var replies = new List<TutorReply>();
        foreach (var line in lines)
        {
            replies.AddRange(await SayAsync(line));
        }

        return replies;
    }

    /// <summary>An answer that makes every key point of the entry (strong) or none (weak).</summary>
    public string AnswerTo(TutorReply question, bool strong) =>
        strong ? string.Join(", ", Bank.Find(question.EntryId!)!.KeyPoints.Select(k => k.Aliases[0])) : "no idea, sorry";
}
