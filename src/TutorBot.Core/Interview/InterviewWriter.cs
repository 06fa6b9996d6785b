using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;

namespace TutorBot.Core.Interview;

/// <summary>Renders interview questions and feedback as self-contained replies in the user's language.</summary>
public sealed class InterviewWriter(QuestionBank bank)
{
    public TutorReply Question(InterviewSession session, InterviewQuestion question, Language language)
    {
        var count = session.Questions.Count;
        var entry = bank.Find(question.EntryId);
        var followup = question.PendingFollowup;
        var text = followup is not null
            ? $"{Phrases.FollowupHeader(language, question.Position, count)}\n{followup.For(language)}"
            : $"{Phrases.QuestionHeader(language, question.Position, count, question.Topic)}\n{entry?.Question.For(language) ?? question.EntryId}";
        return new TutorReply(ReplyKind.Question, text)
        {
            Language = language,
            EntryId = question.EntryId,
            IsFollowup = followup is not null,
            QuestionNumber = question.Position,
            QuestionCount = count,
        };
    }

    public TutorReply Feedback(InterviewSession session, InterviewQuestion question, InterviewAnswer answer, Language language)
    {
        var entry = bank.Find(question.EntryId);
        var covered = KeyPointTexts(entry, question.Covered, language);

        // While a follow-up waits, the missed points stay unnamed: naming them would answer the follow-up.
        var missed = question.IsFinished ? KeyPointTexts(entry, question.Missed, language) : [];
        var text = new StringBuilder();
        text.AppendLine(Phrases.ScoreLine(language, question.Score ?? 0));
        AppendPoints(text, covered, missed, language);

        if (answer.Grade?.Feedback is { Length: > 0 } feedback)
        {
            text.AppendLine(feedback.Trim());
        }

        if (question.IsFinished && entry is not null)
        {
            text.AppendLine(Phrases.ReferenceLine(language));
            text.AppendLine(entry.Answer.For(language).Trim());
        }

        return new TutorReply(ReplyKind.Feedback, text.ToString().TrimEnd())
        {
            Language = language,
            EntryId = question.EntryId,
            Score = Math.Round(question.Score ?? 0, 2),
            Covered = covered,
            Missed = missed,
            IsFollowup = answer.Turn > 0,
            QuestionNumber = question.Position,
            QuestionCount = session.Questions.Count,
        };
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
