using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Interview;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Core.Progress;

namespace TutorBot.Core.Conversation;

/// <summary>
/// The transport-agnostic tutor: turns one intent of a user into replies. Intents start and steer interviews
/// (one running interview per user, checked against storage), report progress, answer, compute and grade; an
/// answer, hint, skip or end that names a prompt acts only while that prompt is open. Free text answers the running
/// interview, or is a free question when none runs or when it reads as one (see <see cref="SideQuestionDetector"/>).
/// Turns of one user run one at a time.
/// </summary>
public sealed class TutorService(
    IUserRepository users,
    IInterviewRepository interviews,
    InterviewEngine engine,
    QuestionDesk desk,
    ConversationAsk conversationAsk,
    ProgressService progress,
    QuestionPicker picker,
    QuestionBank bank,
    IOptions<InterviewOptions> options,
    ILogger<TutorService> logger) : ITutorService
{
    private readonly KeyedLock _locks = new();

    public static string UserKey(UserRef user) => $"{user.Frontend}:{user.UserId}";

    public static string ConversationId(ConversationKey conversation) => $"{conversation.Frontend}:{conversation.ChannelId}";

    /// <summary>The inverse of <see cref="ConversationId"/>.</summary>
    public static ConversationKey ConversationOf(string conversationId)
    {
        var colon = conversationId.IndexOf(':');
        return colon < 0 ? new ConversationKey("", conversationId) : new ConversationKey(conversationId[..colon], conversationId[(colon + 1)..]);
    }

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default)
    {
        using var turn = await _locks.AcquireAsync(UserKey(input.User), cancellationToken);
        try
        {
            return await HandleTurnAsync(input, cancellationToken);
        }
        catch (StoreFailedException ex)
        {
            logger.LogWarning(ex, "Turn of {User} could not use the store", UserKey(input.User));
            return [new TutorReply(ReplyKind.Error, Phrases.StoreFailed(LanguageDetector.Detect(WrittenText(input.Intent)), ex))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Turn of {User} failed", UserKey(input.User));
            return [new TutorReply(ReplyKind.Error, Phrases.Failed(LanguageDetector.Detect(WrittenText(input.Intent)), ex.Message))];
        }
    }

    public async Task<ConversationKey?> FindRunningInterviewAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        var profile = await users.GetOrCreateAsync(user, cancellationToken);
        return await interviews.FindActiveConversationAsync(profile.Id, cancellationToken) is { } conversation ? ConversationOf(conversation) : null;
    }

    /// <summary>
    /// For a front-end starting up: grades an answer a crash left ungraded and says where the user's running
    /// interview stands (the open question). Empty when no interview runs.
    /// </summary>
    public async Task<IReadOnlyList<TutorReply>> ResumeAsync(ConversationKey conversation, UserRef user, CancellationToken cancellationToken = default)
    {
        using var turn = await _locks.AcquireAsync(UserKey(user), cancellationToken);
        var profile = await users.GetOrCreateAsync(user, cancellationToken);
        var context = new TurnContext(profile.Id, UserKey(user), profile.Language ?? Language.En);
        var session = await interviews.FindActiveAsync(profile.Id, ConversationId(conversation), cancellationToken);
        if (session is null)
        {
            return [];
        }

        var recovered = await engine.RecoverAsync(context, session, cancellationToken);
        return recovered.Count > 0 ? recovered : engine.Resume(context, session);
    }

    private async Task<IReadOnlyList<TutorReply>> HandleTurnAsync(TutorInput input, CancellationToken cancellationToken)
    {
        var intent = input.Intent;
        var written = WrittenText(intent);
        var profile = await users.GetOrCreateAsync(input.User, cancellationToken);
        var language = profile.Language ?? Language.En;
        if (profile.Language is null && intent is FreeText or AnswerQuestion && written.Any(char.IsLetter))
        {
            // Until the user picks one, the first free text they write decides the language.
            language = LanguageDetector.Detect(written);
            await users.SetLanguageAsync(profile.Id, language, cancellationToken);
        }

        var context = new TurnContext(profile.Id, UserKey(input.User), language);
        var session = await interviews.FindActiveAsync(profile.Id, ConversationId(input.Conversation), cancellationToken);
        var replies = new List<TutorReply>();
        if (session is not null)
        {
            var recovered = await RecoverAsync(context, session, intent, cancellationToken);
            replies.AddRange(recovered);

            // After a failed recovery the intent starts from what is stored, not from a half-graded copy.
            session = recovered.Any(r => r.Kind == ReplyKind.Error)
                ? await interviews.FindActiveAsync(profile.Id, ConversationId(input.Conversation), cancellationToken)
                : session.Status == InterviewStatus.Active ? session : null;

            if (recovered.Count > 0 && intent is FreeText free && session is not null && !SideQuestionDetector.IsSideQuestion(free.Text))
            {
                // The user typed this before seeing what came after the recovered answer: don't take it as the next answer.
                replies.Add(Info(Phrases.AnswerAgain(language), language));
                return replies;
            }
        }

        replies.AddRange(await ActAsync(input, profile, context, session, cancellationToken));
        return replies;
    }

    /// <summary>
    /// Grades an answer a crash left ungraded. When grading keeps failing, the user must not be stuck behind it:
    /// other intents (skip, end, a new interview...) still run; only a new answer waits for the old one.
    /// </summary>
    private async Task<IReadOnlyList<TutorReply>> RecoverAsync(TurnContext context, InterviewSession session, TutorIntent intent, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.RecoverAsync(context, session, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && intent is not (FreeText or AnswerQuestion))
        {
            logger.LogWarning(ex, "Grading the stored answer of {User} failed again", context.UserKey);
            return [new TutorReply(ReplyKind.Error, Phrases.Failed(context.Language, ex.Message)) { Language = context.Language }];
        }
    }

    private async Task<IReadOnlyList<TutorReply>> ActAsync(
        TutorInput input,
        UserProfile profile,
        TurnContext context,
        InterviewSession? session,
        CancellationToken cancellationToken)
    {
        var language = context.Language;
        switch (input.Intent)
        {
            case StartInterview start:
                return await StartAsync(input, profile, context, session, start, cancellationToken);
            case FreeText free:
                return await FreeTextAsync(input, profile, context, session, free.Text, cancellationToken);
            case OpenAnswer opening when opening.Question.IsOpenIn(session):
                return [];
            case OpenAnswer:
            case AnswerQuestion answer when !answer.Question.IsOpenIn(session):
            case RequestHint { Question: { } hinted } when !hinted.IsOpenIn(session):
            case SkipQuestion { Question: { } skipped } when !skipped.IsOpenIn(session):
            case EndInterview { InterviewId: { } ended } when session?.Id != ended:
                return [Info(Phrases.MovedOn(language), language) with { MovedOn = true }];
            case AnswerQuestion answer:
                return await engine.AnswerAsync(context, session!, answer.Text, cancellationToken);
            case RequestHint or SkipQuestion or EndInterview or ResumeInterview when session is null:
                return [Info(Phrases.NoInterview(language), language)];
            case RequestHint:
                return await engine.HintAsync(context, session!, cancellationToken);
            case SkipQuestion:
                return await engine.SkipAsync(context, session!, cancellationToken);
            case EndInterview:
                return await engine.EndAsync(context, session!, cancellationToken);
            case ResumeInterview:
                return engine.Resume(context, session!);
            case SetLanguage { Language: null }:
                await users.PinLanguageAsync(profile.Id, null, cancellationToken);
                return [Info(Phrases.LanguageFollowsQuestions(language), language)];
            case SetLanguage { Language: { } chosen }:
                await users.PinLanguageAsync(profile.Id, chosen, cancellationToken);
                return [Info(Phrases.LanguageSet(chosen), chosen)];
            case ShowHelp:
                return [Info(Phrases.Help(language), language)];
            case ShowProgress:
                var report = await progress.BuildAsync(profile.Id, context.UserKey, language, cancellationToken);
                return [ProgressService.Render(report, language)];
            case AskQuestion ask:
                return [await AskAsync(input, profile, context, ask.Text, cancellationToken)];
            case Calculate calculate:
                return [desk.Calculate(calculate.Question, language)];
            case ShowReference shown when bank.Find(shown.EntryId) is { } entry:
                var reference = $"{Phrases.ReferenceLine(language)}\n{entry.Answer.For(language).Trim()}";
                return [Info(reference, language) with { EntryId = entry.Id, Reference = entry.Answer.For(language).Trim() }];
            case ShowReference:
                return [new TutorReply(ReplyKind.Error, Phrases.NoEntries(language)) { Language = language }];
            case GradeAnswer grade:
                return [await desk.GradeAsync(grade.Question, grade.Answer, grade.Reference, language, context.UserKey, cancellationToken)];
            case MalformedCommand malformed:
                return [new TutorReply(ReplyKind.Error, Phrases.EmptyArgument(language, malformed.Usage)) { Language = language }];
            case UnknownCommand unknown:
                return [new TutorReply(ReplyKind.Error, Phrases.UnknownCommand(language, unknown.Name)) { Language = language }];
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input.Intent.GetType().Name, "No handler for this intent.");
        }
    }

    private async Task<IReadOnlyList<TutorReply>> FreeTextAsync(
        TutorInput input,
        UserProfile profile,
        TurnContext context,
        InterviewSession? session,
        string text,
        CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (session is null)
        {
            return [await AskAsync(input, profile, context, text, cancellationToken)];
        }

        if (!SideQuestionDetector.IsSideQuestion(text))
        {
            return await engine.AnswerAsync(context, session, text, cancellationToken);
        }

        var answer = await AskAsync(input, profile, context, text, cancellationToken);
        var question = session.Current!;
        return [answer with { Text = answer.Text + "\n\n" + Phrases.StillOn(answer.Language, question.Position, session.Questions.Count) }];
    }

    /// <summary>
    /// A new interview replaces the one running in the same conversation; while the user has one running in another
    /// conversation, it is refused there, so every front-end and every restart sees one interview per user.
    /// </summary>
    private async Task<IReadOnlyList<TutorReply>> StartAsync(
        TutorInput input,
        UserProfile profile,
        TurnContext context,
        InterviewSession? session,
        StartInterview start,
        CancellationToken cancellationToken)
    {
        if (start.Language is { } chosen && chosen != context.Language)
        {
            await users.SetLanguageAsync(profile.Id, chosen, cancellationToken);
            context = context with { Language = chosen };
        }

        var plan = InterviewPlanBuilder.Build(start, options.Value, picker.IsKnownTopic);
        if (plan is null)
        {
            var text = Phrases.UnknownTopic(context.Language, start.Topic!, bank.Topics);
            return [new TutorReply(ReplyKind.Error, text) { Language = context.Language }];
        }

        var conversation = ConversationId(input.Conversation);
        if (session is null && await interviews.FindActiveConversationAsync(profile.Id, cancellationToken) is { } elsewhere && elsewhere != conversation)
        {
            return [new TutorReply(ReplyKind.Error, Phrases.RunningElsewhere(context.Language)) { Language = context.Language }];
        }

        return await engine.StartAsync(context, conversation, session, plan, cancellationToken);
    }

    private Task<TutorReply> AskAsync(TutorInput input, UserProfile profile, TurnContext context, string question, CancellationToken cancellationToken) =>
        conversationAsk.AskAsync(profile, ConversationId(input.Conversation), question, context.UserKey, cancellationToken);

    private static TutorReply Info(string text, Language language) => new(ReplyKind.Info, text) { Language = language };

    /// <summary>What the user wrote in their own words, for telling their language; empty for intents without text.</summary>
    private static string WrittenText(TutorIntent intent) => intent switch
    {
        FreeText free => free.Text,
        AnswerQuestion answer => answer.Text,
        AskQuestion ask => ask.Text,
        Calculate calculate => calculate.Question,
        GradeAnswer grade => grade.Answer,
        _ => "",
    };
}
