using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Grading;
using TutorBot.Core.Level;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Core.Review;

namespace TutorBot.Core.Interview;

/// <summary>
/// The interview state machine: question → answer → grade → feedback → follow-up → next → ... → summary.
/// Every answer is stored in its own transaction before it is graded; the grade, the new place in the interview
/// and the review schedule are then saved together, before any reply is returned. An answer stored but never
/// graded (the process died in between) is graded by <see cref="RecoverAsync"/> on the user's next input.
/// </summary>
public sealed class InterviewEngine(
    QuestionBank bank,
    QuestionPicker picker,
    FollowupPlanner followups,
    IAnswerGrader grader,
    IInterviewRepository interviews,
    IReviewRepository reviews,
    ILevelRepository levels,
    InterviewWriter writer,
    SummaryWriter summaries,
    TimeProvider time,
    IOptions<InterviewOptions> options)
{
    private readonly InterviewOptions _options = options.Value;

    public async Task<IReadOnlyList<TutorReply>> StartAsync(
        TurnContext context,
        string conversation,
        InterviewSession? running,
        InterviewPlan plan,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cards = await reviews.GetCardsAsync(context.UserId, cancellationToken);
        var estimates = await levels.GetLevelsAsync(context.UserId, cancellationToken);
        var entries = picker.Pick(plan, cards, now, context.UserKey, _options.DueShare, estimates);
        if (entries.Count == 0)
        {
            var text = plan.Mode == InterviewMode.Review
                ? Phrases.NothingDue(context.Language, cards.Count == 0 ? null : cards.Min(c => c.DueAt))
                : Phrases.NoEntries(context.Language);
            return [new TutorReply(ReplyKind.Info, text) { Language = context.Language }];
        }

        var replies = new List<TutorReply>();
        if (running is not null)
        {
            running.Status = InterviewStatus.Abandoned;
            running.EndedAt = now;
            await interviews.SaveAsync(running, [], cancellationToken);
            var answered = running.Questions.Count(q => q.IsFinished);
            replies.Add(new TutorReply(ReplyKind.Info, Phrases.Abandoned(context.Language, answered, running.Questions.Count)) { Language = context.Language });
        }

        var session = new InterviewSession(Guid.NewGuid(), context.UserId, conversation, plan.Mode, now)
        {
            Topic = plan.Topic,
            Difficulty = plan.Difficulty,
            TimePerQuestion = plan.TimePerQuestion,
        };
        for (var i = 0; i < entries.Count; i++)
        {
            session.Questions.Add(new InterviewQuestion(i + 1, entries[i].Id, entries[i].Topic));
        }

        session.Questions[0].PromptedAt = now;

        await interviews.SaveAsync(session, [], cancellationToken);
        var dueIds = cards.Where(c => c.IsDue(now)).Select(c => c.EntryId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var started = plan.Mode == InterviewMode.Review
            ? Phrases.ReviewStarted(context.Language, entries.Count)
            : Phrases.Started(context.Language, entries.Count, plan.Topic, entries.Count(e => dueIds.Contains(e.Id)));
        if (plan.TimePerQuestion is { } perQuestion)
        {
            started += "\n" + Phrases.TimedStarted(context.Language, perQuestion);
        }

        replies.Add(new TutorReply(ReplyKind.Info, started) { Language = context.Language, QuestionCount = entries.Count });
        replies.Add(writer.Question(session, session.Current!, context.Language));
        return replies;
    }

    public async Task<IReadOnlyList<TutorReply>> AnswerAsync(TurnContext context, InterviewSession session, string text, CancellationToken cancellationToken)
    {
        var question = session.Current ?? throw new InvalidOperationException("The interview has no open question.");
        var now = time.GetUtcNow();
        var elapsed = now - question.PromptedAt;
        var answer = new InterviewAnswer(Guid.NewGuid(), question.NextTurn, text, now)
        {
            Elapsed = elapsed,
            Late = elapsed > session.TimePerQuestion,
        };
        await interviews.RecordAnswerAsync(session.Id, question.Position, answer, cancellationToken);
        question.Answers.Add(answer);
        try
        {
            return await GradeAndAdvanceAsync(context, session, question, answer, cancellationToken);
        }
        catch (StoreFailedException ex) when (!ex.AnswerKept)
        {
            // The answer is committed; what could not be stored is its grade, and the next turn grades it again.
            throw new StoreFailedException(ex.Fault, ex.Write, ex.Message, ex) { AnswerKept = true };
        }
    }

    /// <summary>Grades an answer that was stored but not graded; empty when there is none.</summary>
    public async Task<IReadOnlyList<TutorReply>> RecoverAsync(TurnContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        if (session.FindUngradedAnswer() is not var (question, answer))
        {
            return [];
        }

        return await GradeAndAdvanceAsync(context, session, question, answer, cancellationToken);
    }

    /// <summary>Where the interview stands, for a front-end that restarted: the place and the open question.</summary>
    public IReadOnlyList<TutorReply> Resume(TurnContext context, InterviewSession session)
    {
        var question = session.Current!;
        return
        [
            new TutorReply(ReplyKind.Info, Phrases.Resuming(context.Language, question.Position, session.Questions.Count)) { Language = context.Language },
            writer.Question(session, question, context.Language),
        ];
    }

    public async Task<IReadOnlyList<TutorReply>> HintAsync(TurnContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var question = session.Current!;
        var entry = bank.Find(question.EntryId);
        if (question.PendingFollowup is { } followup)
        {
            return await HintFollowupAsync(context, session, question, entry, followup, cancellationToken);
        }

        var point = entry?.KeyPoints
            .Where(k => !question.Covered.Contains(k.Id, StringComparer.OrdinalIgnoreCase)
                && !question.HintedKeyPoints.Contains(k.Id, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(k => k.Weight)
            .FirstOrDefault();
        if (entry is null || point is null)
        {
            return [new TutorReply(ReplyKind.Info, Phrases.NoMoreHints(context.Language)) { Language = context.Language, EntryId = question.EntryId }];
        }

        var share = point.Weight / entry.KeyPoints.Sum(k => k.Weight);
        question.MaxScore = Math.Max(0, question.MaxScore - share * InterviewQuestion.FullMarks);
        question.HintedKeyPoints.Add(point.Id);
        await interviews.SaveAsync(session, [], cancellationToken);
        return
        [
            new TutorReply(ReplyKind.Info, Phrases.Hint(context.Language, point.Text.For(context.Language), question.MaxScore))
            {
                Language = context.Language,
                EntryId = question.EntryId,
                QuestionNumber = question.Position,
                QuestionCount = session.Questions.Count,
            },
        ];
    }

    /// <summary>A hint while a follow-up waits is about the follow-up: its key point, for half the follow-up's credit.</summary>
    private async Task<IReadOnlyList<TutorReply>> HintFollowupAsync(
        TurnContext context,
        InterviewSession session,
        InterviewQuestion question,
        BankEntry? entry,
        AskedFollowup followup,
        CancellationToken cancellationToken)
    {
        var language = context.Language;
        var point = entry?.KeyPoints.FirstOrDefault(k => string.Equals(k.Id, followup.KeyPointId, StringComparison.OrdinalIgnoreCase));
        if (entry is null || point is null || followup.Hinted)
        {
            return [new TutorReply(ReplyKind.Info, Phrases.NoHintForFollowup(language)) { Language = language, EntryId = question.EntryId }];
        }

        followup.Hinted = true;
        await interviews.SaveAsync(session, [], cancellationToken);
        var maxCredit = FollowupRubric.Credit(entry, [point.Id], hinted: true, _options.FollowupCredit) * question.MaxScore / InterviewQuestion.FullMarks;
        return
        [
            new TutorReply(ReplyKind.Info, Phrases.FollowupHint(language, point.Text.For(language), maxCredit))
            {
                Language = language,
                EntryId = question.EntryId,
                FollowupKind = followup.Kind,
                QuestionNumber = question.Position,
                QuestionCount = session.Questions.Count,
            },
        ];
    }

    public async Task<IReadOnlyList<TutorReply>> SkipAsync(TurnContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var question = session.Current!;
        var now = time.GetUtcNow();

        // Skipping a follow-up keeps what the answer earned; skipping the question scores it 0.
        if (question.RawScore is null && bank.Find(question.EntryId) is { } skipped)
        {
            await UpdateLevelAsync(context, skipped, 0, cancellationToken);
        }

        question.Status = question.RawScore is null ? QuestionStatus.Skipped : QuestionStatus.Done;
        question.RawScore ??= 0;
        question.AwaitingFollowup = false;
        question.FinishedAt = now;
        var card = await NextCardAsync(context, question, now, cancellationToken);
        session.CurrentIndex++;
        return [writer.Skipped(session, question, context.Language), .. await AdvanceAsync(context, session, [card], cancellationToken)];
    }

    public async Task<IReadOnlyList<TutorReply>> EndAsync(TurnContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cards = new List<ReviewCard>();
        if (session.Current is { RawScore: not null } answered)
        {
            answered.Status = QuestionStatus.Done;
            answered.AwaitingFollowup = false;
            answered.FinishedAt = now;
            cards.Add(await NextCardAsync(context, answered, now, cancellationToken));
        }

        session.Status = InterviewStatus.Finished;
        session.EndedAt = now;
        await interviews.SaveAsync(session, cards, cancellationToken);
        return [summaries.Summary(session, context.Language, await levels.GetLevelsAsync(context.UserId, cancellationToken))];
    }

    private async Task<IReadOnlyList<TutorReply>> GradeAndAdvanceAsync(
        TurnContext context,
        InterviewSession session,
        InterviewQuestion question,
        InterviewAnswer answer,
        CancellationToken cancellationToken)
    {
        var language = context.Language;
        var entry = bank.Find(question.EntryId);
        if (entry is null)
        {
            // The bank changed under a running interview: the answer stays stored, the question is set aside.
            answer.Grade = new AnswerGrade(0, [], [], "");
            question.Status = QuestionStatus.Skipped;
            question.RawScore = 0;
            question.FinishedAt = time.GetUtcNow();
            session.CurrentIndex++;
            return await AdvanceAsync(context, session, [], cancellationToken);
        }

        var isFollowup = answer.Turn > 0;
        var (answerLevel, followupCredit) = isFollowup
            ? await GradeFollowupAsync(context, entry, question, answer, cancellationToken)
            : await GradeQuestionAsync(context, entry, question, answer, cancellationToken);
        question.AwaitingFollowup = false;

        var questionLevel = isFollowup ? AnswerLevels.OfScore(question.RawScore ?? 0, _options) : answerLevel;
        var kind = FollowupPolicy.Next(question, answerLevel, questionLevel, _options.MaxFollowupsPerQuestion);
        var followup = kind is { } chosen
            ? await followups.PlanAsync(chosen, entry, question, answer.Text, language, context.UserKey, cancellationToken)
            : null;
        var replies = new List<TutorReply>();
        if (followup is not null)
        {
            question.Followups.Add(followup);
            question.AwaitingFollowup = true;
            question.PromptedAt = time.GetUtcNow();
            await interviews.SaveAsync(session, [], cancellationToken);
            replies.Add(writer.Feedback(session, question, answer, language, followupCredit));
            replies.Add(writer.Question(session, question, language));
            return replies;
        }

        var now = time.GetUtcNow();
        question.Status = QuestionStatus.Done;
        question.FinishedAt = now;
        var card = await NextCardAsync(context, question, now, cancellationToken);
        session.CurrentIndex++;
        replies.Add(writer.Feedback(session, question, answer, language, followupCredit));
        replies.AddRange(await AdvanceAsync(context, session, [card], cancellationToken));
        return replies;
    }

    /// <summary>Grades the answer to the question itself against the whole entry.</summary>
    private async Task<(AnswerLevel Level, double? Credit)> GradeQuestionAsync(
        TurnContext context,
        BankEntry entry,
        InterviewQuestion question,
        InterviewAnswer answer,
        CancellationToken cancellationToken)
    {
        var grade = await GradeAgainstAsync(context, entry, answer, cancellationToken);
        var covered = grade.Covered;
        question.FirstScore = grade.Score;
        question.RawScore = grade.Score;
        question.Covered.Clear();
        question.Covered.AddRange(covered);
        question.Missed.Clear();
        question.Missed.AddRange(entry.KeyPoints.Select(k => k.Id).Where(id => !covered.Contains(id, StringComparer.OrdinalIgnoreCase)));
        await UpdateLevelAsync(context, entry, grade.Score, cancellationToken);
        return (AnswerLevels.Of(answer.Text, grade.Score, _options), null);
    }

    /// <summary>
    /// Grades a follow-up's answer against what the follow-up asked (<see cref="FollowupRubric"/>) and folds the
    /// credit it earns into the question's score.
    /// </summary>
    private async Task<(AnswerLevel Level, double? Credit)> GradeFollowupAsync(
        TurnContext context,
        BankEntry entry,
        InterviewQuestion question,
        InterviewAnswer answer,
        CancellationToken cancellationToken)
    {
        var followup = question.Followups[answer.Turn - 1];
        var narrowed = FollowupRubric.Narrow(entry, FollowupRubric.Points(entry, question, followup), followup);
        var grade = await GradeAgainstAsync(context, narrowed, answer, cancellationToken);
        var covered = grade.Covered;

        var recovered = covered.Where(id => question.Missed.Contains(id, StringComparer.OrdinalIgnoreCase)).ToList();
        var credit = FollowupRubric.Credit(entry, recovered, followup.Hinted, _options.FollowupCredit);
        var before = question.RawScore ?? 0;
        question.RawScore = Math.Min(InterviewQuestion.FullMarks, before + credit);
        followup.Credit = question.RawScore - before;
        question.Covered.AddRange(recovered);
        question.Missed.RemoveAll(id => recovered.Contains(id, StringComparer.OrdinalIgnoreCase));
        return (AnswerLevels.Of(answer.Text, grade.Score, _options), followup.Credit);
    }

    /// <summary>Moves the user's level in the entry's topic after the first answer to a question (or a skip, as 0).</summary>
    private async Task UpdateLevelAsync(TurnContext context, BankEntry entry, double score, CancellationToken cancellationToken)
    {
        var current = LevelModel.In(entry.Topic, await levels.GetLevelsAsync(context.UserId, cancellationToken));
        await levels.SaveLevelAsync(context.UserId, LevelModel.Update(current, entry.Difficulty, score), cancellationToken);
    }

    /// <summary>Grades the answer against the entry (the whole one, or one cut down to a follow-up) and records the grade on it.</summary>
    private async Task<AnswerGrade> GradeAgainstAsync(TurnContext context, BankEntry entry, InterviewAnswer answer, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var result = await grader.GradeAsync(
            new GradeRequest(entry, entry.Question.For(language), entry.Answer.For(language), answer.Text, language, context.UserKey),
            cancellationToken);
        var covered = result.Covered.Select(c => c.KeyPointId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        answer.Grade = new AnswerGrade(result.Score, covered, result.Missed, result.Feedback);
        return answer.Grade;
    }

    /// <summary>Saves the session after a question finished; then asks the next question or sums up.</summary>
    private async Task<IReadOnlyList<TutorReply>> AdvanceAsync(
        TurnContext context,
        InterviewSession session,
        IReadOnlyList<ReviewCard> cards,
        CancellationToken cancellationToken)
    {
        if (session.Current is null)
        {
            session.Status = InterviewStatus.Finished;
            session.EndedAt = time.GetUtcNow();
        }
        else
        {
            if (session.Mode == InterviewMode.Practice)
            {
                await RepickRestAsync(context, session, cards, cancellationToken);
            }

            session.Current!.PromptedAt ??= time.GetUtcNow();
        }

        await interviews.SaveAsync(session, cards, cancellationToken);
        return session.Current is { } next
            ? [writer.Question(session, next, context.Language)]
            : [summaries.Summary(session, context.Language, await levels.GetLevelsAsync(context.UserId, cancellationToken))];
    }

    /// <summary>
    /// Chooses the questions not yet asked again, against the level the last answer moved: as many due reviews as
    /// were planned for them, the rest closest to the level.
    /// </summary>
    private async Task RepickRestAsync(TurnContext context, InterviewSession session, IReadOnlyList<ReviewCard> changedCards, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changed = changedCards.Select(c => c.EntryId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var cards = (await reviews.GetCardsAsync(context.UserId, cancellationToken)).Where(c => !changed.Contains(c.EntryId)).Concat(changedCards).ToList();
        var rest = session.Questions.Skip(session.CurrentIndex).ToList();
        var dueIds = cards.Where(c => c.IsDue(now)).Select(c => c.EntryId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var plan = new InterviewPlan(session.Mode, session.Topic, session.Difficulty, rest.Count);
        var picked = picker.Pick(
            plan,
            cards,
            now,
            context.UserKey,
            _options.DueShare,
            await levels.GetLevelsAsync(context.UserId, cancellationToken),
            asked: session.Questions.Take(session.CurrentIndex).Select(q => q.EntryId).ToList(),
            dueSlots: rest.Count(q => dueIds.Contains(q.EntryId)));
        for (var i = 0; i < Math.Min(rest.Count, picked.Count); i++)
        {
            session.Questions[session.CurrentIndex + i] = new InterviewQuestion(rest[i].Position, picked[i].Id, picked[i].Topic);
        }
    }

    private async Task<ReviewCard> NextCardAsync(TurnContext context, InterviewQuestion question, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cards = await reviews.GetCardsAsync(context.UserId, cancellationToken);
        var card = cards.FirstOrDefault(c => string.Equals(c.EntryId, question.EntryId, StringComparison.OrdinalIgnoreCase));
        return Sm2Scheduler.Next(card, context.UserId, question.EntryId, question.Score ?? 0, now);
    }
}
