using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Level;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Interview;

/// <summary>The end-of-interview summary: score per question and per topic, strongest and weakest points, what to review.</summary>
public sealed class SummaryWriter(QuestionBank bank)
{
    private const int PointsShown = 3;

    /// <summary>A question scoring below this is suggested for review.</summary>
    private const double ReviewBelow = 7;

    public TutorReply Summary(InterviewSession session, Language language, IReadOnlyList<LevelEstimate>? levels = null)
    {
        var finished = session.Questions.Where(q => q.IsFinished).ToList();
        var average = finished.Count == 0 ? 0 : finished.Average(q => q.Score ?? 0);
        var text = new StringBuilder();
        text.AppendLine(Phrases.SummaryHeadline(language, finished.Count, session.Questions.Count, average));

        foreach (var question in session.Questions)
        {
            var entry = bank.Find(question.EntryId);
            var title = Shorten(entry?.Question.For(language) ?? question.EntryId);
            var result = question.Status == QuestionStatus.Done
                ? ScoreText.Of(question.Score ?? 0)
                : Phrases.SummaryUnscored(language, skipped: question.Status == QuestionStatus.Skipped);
            text.AppendLine($"  {question.Position}. [{question.Topic}] {title} — {result}");
        }

        if (session.TimePerQuestion is not null)
        {
            AppendTimes(text, session, language);
        }

        if (finished.Count > 0)
        {
            text.AppendLine(Phrases.SummaryByTopic(language));
            foreach (var topic in finished.GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"  {topic.Key}: {ScoreText.Of(topic.Average(q => q.Score ?? 0))} ({topic.Count()})");
            }
        }

        var topics = session.Questions.Select(q => q.Topic).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shown = (levels ?? []).Where(l => topics.Contains(l.Topic)).OrderBy(l => l.Topic, StringComparer.Ordinal).ToList();
        if (shown.Count > 0)
        {
            text.AppendLine(Phrases.LevelLine(language, shown));
        }

        var strongest = WeightedPoints(finished, q => q.Covered, language);
        var weakest = WeightedPoints(finished, q => q.Missed, language);
        if (strongest.Count > 0)
        {
            text.AppendLine(Phrases.StrongestPoints(language) + string.Join("; ", strongest));
        }

        if (weakest.Count > 0)
        {
            text.AppendLine(Phrases.WeakestPoints(language) + string.Join("; ", weakest));
        }

        var toReview = finished.Where(q => (q.Score ?? 0) < ReviewBelow).OrderBy(q => q.Score).Take(PointsShown).ToList();
        if (toReview.Count > 0)
        {
            text.AppendLine(Phrases.ReviewNext(language));
            foreach (var question in toReview)
            {
                text.AppendLine($"  - {Shorten(bank.Find(question.EntryId)?.Question.For(language) ?? question.EntryId)} ({question.EntryId})");
            }
        }
        else if (finished.Count > 0)
        {
            text.AppendLine(Phrases.NothingWeak(language));
        }

        return new TutorReply(ReplyKind.Summary, text.ToString().TrimEnd())
        {
            Language = language,
            Score = Math.Round(average, 2),
            QuestionCount = session.Questions.Count,
            Covered = strongest,
            Missed = weakest,
        };
    }

    /// <summary>Timed mode: how long each answer took, question by question, late ones marked.</summary>
    private static void AppendTimes(StringBuilder text, InterviewSession session, Language language)
    {
        text.AppendLine(Phrases.TimePerAnswer(language));
        foreach (var question in session.Questions.Where(q => q.Answers.Any(a => a.Elapsed is not null)))
        {
            var times = question.Answers.Where(a => a.Elapsed is not null).Select(a => Phrases.AnswerTime(language, a.Turn, a.Elapsed!.Value, a.Late));
            text.AppendLine($"  {question.Position}. {string.Join(", ", times)}");
        }
    }

    private List<string> WeightedPoints(IEnumerable<InterviewQuestion> questions, Func<InterviewQuestion, IEnumerable<string>> ids, Language language) =>
        questions
            .SelectMany(q => ids(q).Select(id => bank.Find(q.EntryId)?.KeyPoints.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))))
            .OfType<KeyPoint>()
            .OrderByDescending(k => k.Weight)
            .Select(k => k.Text.For(language))
            .Distinct()
            .Take(PointsShown)
            .ToList();

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 70 ? line : line[..67] + "...";
    }
}
