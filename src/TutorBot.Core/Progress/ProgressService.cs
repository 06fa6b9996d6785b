using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

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
        text.AppendLine(Phrases.Pick(
            language,
            $"Progress: {report.Sessions} interview(s) ({report.FinishedSessions} finished), {report.Answered} question(s) answered.",
            $"进度：{report.Sessions} 次面试（完成 {report.FinishedSessions} 次），共答 {report.Answered} 题。"));
        if (report.Topics.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Average score per topic:", "各主题平均分："));
            foreach (var topic in report.Topics)
            {
                text.AppendLine(Phrases.Pick(
                    language,
                    $"  {topic.Topic}: {Phrases.Score(topic.AverageScore)} over {topic.Answers} answer(s)",
                    $"  {topic.Topic}：{Phrases.Score(topic.AverageScore)}（{topic.Answers} 题）"));
            }
        }

        if (report.Levels.Count > 0)
        {
            text.AppendLine(Phrases.LevelLine(language, report.Levels));
        }

        text.AppendLine(Phrases.Pick(
            language,
            $"Entries due for review: {report.Due}" + (report.NextDue is { } nextEn ? $" (next one due {nextEn:yyyy-MM-dd HH:mm} UTC)" : ""),
            $"待复习的题：{report.Due}" + (report.NextDue is { } nextZh ? $"（下一题到期：{nextZh:yyyy-MM-dd HH:mm} UTC）" : "")));
        if (report.ChartPath is not null)
        {
            text.AppendLine(Phrases.Pick(language, "Chart: ", "得分图：") + report.ChartPath);
        }

        return new TutorReply(ReplyKind.Info, text.ToString().TrimEnd())
        {
            Language = language,
            AttachmentPath = report.ChartPath,
            Score = report.Answered == 0 ? null : Math.Round(report.Topics.Sum(t => t.AverageScore * t.Answers) / report.Answered, 2),
        };
    }
}
