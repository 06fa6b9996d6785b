using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Interview;
using TutorBot.Core.Persistence;
using TutorBot.Core.Progress;

namespace TutorBot.Core.Conversation;

/// <summary>
/// The transport-agnostic tutor: turns one line from a user into replies. Commands start and steer interviews
/// (/interview, /review, /hint, /skip, /end), report progress, answer (/ask), compute (/calc) and grade (/grade);
/// other text answers the running interview, or is a free question when none runs or when it reads as one
/// (see <see cref="SideQuestionDetector"/>). Turns of one user in one conversation run one at a time.
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

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(TutorInput input, CancellationToken cancellationToken = default)
    {
        using var turn = await _locks.AcquireAsync(LockKey(input.Conversation, input.User), cancellationToken);
        try
        {
            return await HandleTurnAsync(input, cancellationToken);
        }
        catch (StoreFailedException ex)
        {
            logger.LogWarning(ex, "Turn of {User} could not use the store", UserKey(input.User));
            return [new TutorReply(ReplyKind.Error, Phrases.StoreFailed(LanguageDetector.Detect(input.Text), ex))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Turn of {User} failed", UserKey(input.User));
            return [new TutorReply(ReplyKind.Error, Phrases.Failed(LanguageDetector.Detect(input.Text), ex.Message))];
        }
    }

    /// <summary>
    /// For a front-end starting up: grades an answer a crash left ungraded and says where the user's running
    /// interview stands (the open question). Empty when no interview runs.
    /// </summary>
    public async Task<IReadOnlyList<TutorReply>> ResumeAsync(ConversationKey conversation, UserRef user, CancellationToken cancellationToken = default)
    {
        using var turn = await _locks.AcquireAsync(LockKey(conversation, user), cancellationToken);
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
        var text = input.Text.Trim();
        var command = TutorCommand.Parse(text);
        var profile = await users.GetOrCreateAsync(input.User, cancellationToken);
        var language = profile.Language ?? Language.En;
        if (profile.Language is null && command is null && text.Any(char.IsLetter))
        {
            // Until the user picks one, the first free text they write decides the language.
            language = LanguageDetector.Detect(text);
            await users.SetLanguageAsync(profile.Id, language, cancellationToken);
        }

        var context = new TurnContext(profile.Id, UserKey(input.User), language);
        var session = await interviews.FindActiveAsync(profile.Id, ConversationId(input.Conversation), cancellationToken);
        var replies = new List<TutorReply>();
        if (session is not null)
        {
            var recovered = await RecoverAsync(context, session, command, cancellationToken);
            replies.AddRange(recovered);

            // After a failed recovery the command starts from what is stored, not from a half-graded copy.
            session = recovered.Any(r => r.Kind == ReplyKind.Error)
                ? await interviews.FindActiveAsync(profile.Id, ConversationId(input.Conversation), cancellationToken)
                : session.Status == InterviewStatus.Active ? session : null;

            if (recovered.Count > 0 && command is null && session is not null && !SideQuestionDetector.IsSideQuestion(text))
            {
                // The user typed this before seeing what came after the recovered answer: don't take it as the next answer.
                replies.Add(new TutorReply(ReplyKind.Info, Phrases.AnswerAgain(language)) { Language = language });
                return replies;
            }
        }

        replies.AddRange(command is null
            ? await FreeTextAsync(input, profile, context, session, text, cancellationToken)
            : await CommandAsync(input, profile, context, session, command, cancellationToken));
        return replies;
    }

    /// <summary>
    /// Grades an answer a crash left ungraded. When grading keeps failing, the user must not be stuck behind it:
    /// commands (/skip, /end, /interview...) still run; only a new answer waits for the old one.
    /// </summary>
    private async Task<IReadOnlyList<TutorReply>> RecoverAsync(TurnContext context, InterviewSession session, TutorCommand? command, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.RecoverAsync(context, session, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && command is not null)
        {
            logger.LogWarning(ex, "Grading the stored answer of {User} failed again", context.UserKey);
            return [new TutorReply(ReplyKind.Error, Phrases.Failed(context.Language, ex.Message)) { Language = context.Language }];
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

    private async Task<IReadOnlyList<TutorReply>> CommandAsync(
        TutorInput input,
        UserProfile profile,
        TurnContext context,
        InterviewSession? session,
        TutorCommand command,
        CancellationToken cancellationToken)
    {
        var language = context.Language;
        switch (command.Name)
        {
            case "/interview" or "/review":
                return await StartAsync(input, profile, context, session, command, cancellationToken);
            case "/hint" or "/skip" or "/end" or "/resume" when session is null:
                return [new TutorReply(ReplyKind.Info, Phrases.NoInterview(language)) { Language = language }];
            case "/hint":
                return await engine.HintAsync(context, session!, cancellationToken);
            case "/skip":
                return await engine.SkipAsync(context, session!, cancellationToken);
            case "/end":
                return await engine.EndAsync(context, session!, cancellationToken);
            case "/resume":
                return engine.Resume(context, session!);
            case "/lang" when command.Rest.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase):
                await users.PinLanguageAsync(profile.Id, null, cancellationToken);
                return [new TutorReply(ReplyKind.Info, Phrases.LanguageFollowsQuestions(language)) { Language = language }];
            case "/lang":
                if (!LanguageDetector.TryParse(command.Rest, out var chosen))
                {
                    return [new TutorReply(ReplyKind.Error, Phrases.EmptyArgument(language, "/lang zh|en|auto")) { Language = language }];
                }

                await users.PinLanguageAsync(profile.Id, chosen, cancellationToken);
                return [new TutorReply(ReplyKind.Info, Phrases.LanguageSet(chosen)) { Language = chosen }];
            case "/help":
                return [new TutorReply(ReplyKind.Info, Phrases.Help(language)) { Language = language }];
            case "/progress":
                var report = await progress.BuildAsync(profile.Id, context.UserKey, language, cancellationToken);
                return [ProgressService.Render(report, language)];
            case "/ask":
                return [await AskAsync(input, profile, context, command.Rest, cancellationToken)];
            case "/calc":
                return [desk.Calculate(command.Rest, language)];
            case "/grade":
                return [await GradeAsync(input, context, command, cancellationToken)];
            default:
                return [new TutorReply(ReplyKind.Error, Phrases.UnknownCommand(language, command.Name)) { Language = language }];
        }
    }

    private async Task<IReadOnlyList<TutorReply>> StartAsync(
        TutorInput input,
        UserProfile profile,
        TurnContext context,
        InterviewSession? session,
        TutorCommand command,
        CancellationToken cancellationToken)
    {
        var mode = command.Name == "/review" ? InterviewMode.Review : InterviewMode.Practice;
        var parsed = InterviewPlanParser.Parse(command.Words, mode, options.Value, picker.IsKnownTopic);
        if (parsed.Language is { } chosen && chosen != context.Language)
        {
            await users.SetLanguageAsync(profile.Id, chosen, cancellationToken);
            context = context with { Language = chosen };
        }

        if (parsed.Plan is null)
        {
            var text = Phrases.UnknownTopic(context.Language, parsed.UnknownTopic!, bank.Topics);
            return [new TutorReply(ReplyKind.Error, text) { Language = context.Language }];
        }

        return await engine.StartAsync(context, ConversationId(input.Conversation), session, parsed.Plan, cancellationToken);
    }

    private Task<TutorReply> AskAsync(TutorInput input, UserProfile profile, TurnContext context, string question, CancellationToken cancellationToken) =>
        conversationAsk.AskAsync(profile, ConversationId(input.Conversation), question, context.UserKey, cancellationToken);

    private Task<TutorReply> GradeAsync(TutorInput input, TurnContext context, TutorCommand command, CancellationToken cancellationToken)
    {
        string question;
        string answer;
        if (input.Arguments.TryGetValue("question", out var q) && input.Arguments.TryGetValue("answer", out var a))
        {
            (question, answer) = (q, a);
        }
        else
        {
            var bar = command.Rest.IndexOf('|');
            (question, answer) = bar < 0 ? (command.Rest, "") : (command.Rest[..bar].Trim(), command.Rest[(bar + 1)..].Trim());
        }

        return desk.GradeAsync(question, answer, input.Arguments.GetValueOrDefault("reference"), context.Language, context.UserKey, cancellationToken);
    }

    private static string LockKey(ConversationKey conversation, UserRef user) => UserKey(user) + "@" + ConversationId(conversation);
}
