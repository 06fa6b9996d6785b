using System.Text;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Level;

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
        text.AppendLine(Phrases.Pick(
            language,
            $"Interview summary: {finished.Count} of {session.Questions.Count} question(s) done, average {Phrases.Score(average)}.",
            $"面试总结：完成 {finished.Count}/{session.Questions.Count} 题，平均 {Phrases.Score(average)}。"));

        foreach (var question in session.Questions)
        {
            var entry = bank.Find(question.EntryId);
            var title = Shorten(entry?.Question.For(language) ?? question.EntryId);
            var result = question.Status switch
            {
                QuestionStatus.Done => Phrases.Score(question.Score ?? 0),
                QuestionStatus.Skipped => Phrases.Pick(language, "skipped", "已跳过"),
                _ => Phrases.Pick(language, "not answered", "未作答"),
            };
            text.AppendLine($"  {question.Position}. [{question.Topic}] {title} — {result}");
        }

        if (session.TimePerQuestion is not null)
        {
            AppendTimes(text, session, language);
        }

        if (finished.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "By topic:", "各主题："));
            foreach (var topic in finished.GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"  {topic.Key}: {Phrases.Score(topic.Average(q => q.Score ?? 0))} ({topic.Count()})");
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
            text.AppendLine(Phrases.Pick(language, "Strongest points: ", "掌握最好的要点：") + string.Join("; ", strongest));
        }

        if (weakest.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Weakest points: ", "最薄弱的要点：") + string.Join("; ", weakest));
        }

        var toReview = finished.Where(q => (q.Score ?? 0) < ReviewBelow).OrderBy(q => q.Score).Take(PointsShown).ToList();
        if (toReview.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Review next (/review brings them back when due):", "接下来复习（到期后 /review 会再出这些题）："));
            foreach (var question in toReview)
            {
                text.AppendLine($"  - {Shorten(bank.Find(question.EntryId)?.Question.For(language) ?? question.EntryId)} ({question.EntryId})");
            }
        }
        else if (finished.Count > 0)
        {
            text.AppendLine(Phrases.Pick(language, "Nothing weak to review: well done.", "没有需要重点复习的题，做得好。"));
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
        text.AppendLine(TimedPhrases.TimePerAnswer(language));
        foreach (var question in session.Questions.Where(q => q.Answers.Any(a => a.Elapsed is not null)))
        {
            var times = question.Answers.Where(a => a.Elapsed is not null).Select(a => TimedPhrases.AnswerTime(language, a.Turn, a.Elapsed!.Value, a.Late));
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
