using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Progress;

/// <summary>/progress: sessions, average score per topic, entries due for review, and a chart of scores over time.</summary>
public sealed class ProgressService(IProgressRepository progress, IReviewRepository reviews, ILevelRepository levels, IProgressChart chart, TimeProvider time)
{
    public async Task<ProgressReport> BuildAsync(long userId, string userKey, Language language, CancellationToken cancellationToken)
    {
        var data = await progress.GetAsync(userId, cancellationToken);
        var cards = await reviews.GetCardsAsync(userId, cancellationToken);
        var now = time.GetUtcNow();
        var topics = data.Questions
            .GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase)
            .Select(g => new TopicProgress(g.Key, g.Average(q => q.Score), g.Count()))
            .OrderBy(t => t.Topic, StringComparer.Ordinal)
            .ToList();
        var due = cards.Count(c => c.IsDue(now));
        var upcoming = cards.Where(c => !c.IsDue(now)).Select(c => (DateTimeOffset?)c.DueAt).Min();
        var chartPath = data.Questions.Count == 0 ? null : chart.Render(userKey, data.Questions, language);
        var estimates = await levels.GetLevelsAsync(userId, cancellationToken);
        return new ProgressReport(data.Sessions, data.FinishedSessions, data.Questions.Count, topics, due, upcoming, chartPath)
        {
            Levels = estimates.OrderBy(l => l.Topic, StringComparer.Ordinal).ToList(),
        };
    }

    public static TutorReply Render(ProgressReport report, Language language)
    {
        var text = new StringBuilder();
        text.AppendLine(Phrases.ProgressHeadline(language, report.Sessions, report.FinishedSessions, report.Answered));
        if (report.Topics.Count > 0)
        {
            text.AppendLine(Phrases.AverageByTopic(language));
            foreach (var topic in report.Topics)
            {
                text.AppendLine(Phrases.TopicAverage(language, topic.Topic, topic.AverageScore, topic.Answers));
            }
        }

        if (report.Levels.Count > 0)
        {
            text.AppendLine(Phrases.LevelLine(language, report.Levels));
        }

        text.AppendLine(Phrases.DueForReview(language, report.Due, report.NextDue));
        if (report.ChartPath is not null)
        {
            text.AppendLine(Phrases.ChartAt(language, report.ChartPath));
        }

        return new TutorReply(ReplyKind.Info, text.ToString().TrimEnd())
        {
            Language = language,
            AttachmentPath = report.ChartPath,
            Score = report.Answered == 0 ? null : Math.Round(report.Topics.Sum(t => t.AverageScore * t.Answers) / report.Answered, 2),
        };
    }
}
