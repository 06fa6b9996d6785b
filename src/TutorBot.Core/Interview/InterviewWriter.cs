using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Interview;

/// <summary>Renders interview questions and feedback as self-contained replies in the user's language.</summary>
public sealed class InterviewWriter(QuestionBank bank, TimeProvider time)
{
    public TutorReply Question(InterviewSession session, InterviewQuestion question, Language language)
    {
        var count = session.Questions.Count;
        var entry = bank.Find(question.EntryId);
        var followup = question.PendingFollowup;
        var prompt = followup is not null ? followup.Text.For(language) : entry?.Question.For(language) ?? question.EntryId;
        var text = followup is not null
            ? $"{Phrases.FollowupHeader(language, followup.Kind, question.Position, count)}\n{prompt}"
            : $"{Phrases.QuestionHeader(language, question.Position, count, question.Topic)}\n{prompt}";
        var deadline = question.PromptedAt + session.TimePerQuestion;
        if (deadline is { } due)
        {
            text += "\n" + Phrases.TimeLeft(language, due - time.GetUtcNow());
        }

        return new TutorReply(ReplyKind.Question, text)
        {
            Deadline = deadline,
            Language = language,
            EntryId = question.EntryId,
            IsFollowup = followup is not null,
            FollowupKind = followup?.Kind,
            QuestionNumber = question.Position,
            QuestionCount = count,
            Question = QuestionRef.Of(session, question),
            Prompt = prompt,
            Topic = question.Topic,
        };
    }

    /// <param name="followupCredit">For the answer to a follow-up: what it added to the question's raw score.</param>
    public TutorReply Feedback(InterviewSession session, InterviewQuestion question, InterviewAnswer answer, Language language, double? followupCredit = null)
    {
        var entry = bank.Find(question.EntryId);
        var covered = KeyPointTexts(entry, question.Covered, language);
        var missed = MissedTexts(entry, question, language);
        var answered = answer.Turn > 0 ? question.Followups[answer.Turn - 1] : null;
        var text = new StringBuilder();
        var comment = new List<string>();
        if (answer is { Late: true, Elapsed: { } elapsed } && session.TimePerQuestion is { } allowed)
        {
            comment.Add(Phrases.Late(language, elapsed, allowed));
            text.AppendLine(comment[^1]);
        }

        if (answered is not null)
        {
            comment.Add(Phrases.FollowupVerdict(language, answered.Kind, answer.Grade?.Covered.Count > 0));
            text.AppendLine(comment[^1]);
        }

        // The credit is shown on the scale of the score, which a hint on the question lowered.
        var shownCredit = followupCredit * question.MaxScore / InterviewQuestion.FullMarks;
        text.AppendLine(shownCredit is { } credit
            ? Phrases.ScoreLine(language, question.Score ?? 0, credit)
            : Phrases.ScoreLine(language, question.Score ?? 0));
        AppendPoints(text, covered, missed, language);

        if (answer.Grade?.Feedback is { Length: > 0 } feedback)
        {
            comment.Add(feedback.Trim());
            text.AppendLine(comment[^1]);
        }

        var reference = question.IsFinished && entry is not null ? entry.Answer.For(language).Trim() : null;
        if (reference is not null)
        {
            text.AppendLine(Phrases.ReferenceLine(language));
            text.AppendLine(reference);
        }

        return new TutorReply(ReplyKind.Feedback, text.ToString().TrimEnd())
        {
            Language = language,
            EntryId = question.EntryId,
            Score = Math.Round(question.Score ?? 0, 2),
            Covered = covered,
            Missed = missed,
            Comment = comment.Count > 0 ? string.Join('\n', comment) : null,
            Reference = reference,
            IsFollowup = answered is not null,
            FollowupKind = answered?.Kind,
            FollowupCredit = shownCredit is { } c ? Math.Round(c, 2) : null,
            Late = answer.Late,
            QuestionNumber = question.Position,
            QuestionCount = session.Questions.Count,
        };
    }

    /// <summary>
    /// The missed points by name; while a follow-up waits, the point it asks about is listed without its text,
    /// which would answer the follow-up.
    /// </summary>
    private static List<string> MissedTexts(BankEntry? entry, InterviewQuestion question, Language language)
    {
        var asked = question.PendingFollowup?.KeyPointId;
        return question.Missed
            .Select(id => string.Equals(id, asked, StringComparison.OrdinalIgnoreCase)
                ? Phrases.AskedInFollowup(language)
                : KeyPointTexts(entry, [id], language)[0])
            .ToList();
    }

    public TutorReply Skipped(InterviewSession session, InterviewQuestion question, Language language)
    {
        var entry = bank.Find(question.EntryId);
        var text = Phrases.Skipped(language, question.Position, session.Questions.Count);
        if (entry is not null)
        {
            text += $"\n{Phrases.ReferenceLine(language)}\n{entry.Answer.For(language).Trim()}";
        }

        return new TutorReply(ReplyKind.Info, text)
        {
            Language = language,
            EntryId = question.EntryId,
            QuestionNumber = question.Position,
            QuestionCount = session.Questions.Count,
        };
    }

    /// <summary>The covered (+) and missed (-) key points under their headings, as every feedback reply lists them.</summary>
    public static void AppendPoints(StringBuilder text, List<string> covered, List<string> missed, Language language)
    {
        if (covered.Count > 0)
        {
            text.AppendLine(Phrases.CoveredLine(language));
            covered.ForEach(c => text.AppendLine("  + " + c));
        }

        if (missed.Count > 0)
        {
            text.AppendLine(Phrases.MissedLine(language));
            missed.ForEach(m => text.AppendLine("  - " + m));
        }
    }

    public static List<string> KeyPointTexts(BankEntry? entry, IEnumerable<string> ids, Language language) =>
        ids.Select(id => entry?.KeyPoints.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))?.Text.For(language) ?? id)
            .ToList();
}
