using TutorBot.Core.Bank;
using TutorBot.Core.Level;

namespace TutorBot.Core.Phrasing;

/// <summary>The lines of /progress and of the levels shown in a summary.</summary>
public static partial class Phrases
{
    /// <summary>"Level (1 easy - 3 hard): transformer 2.4 (5 answers), ..." for the summary and /progress.</summary>
    public static string LevelLine(Language l, IEnumerable<LevelEstimate> levels) => Pick(
        l,
        "Level by topic (1 easy - 3 hard): " + string.Join(", ", levels.Select(e => $"{e.Topic} {OneDecimal(e.Level)} ({e.Answers} answer(s))")),
        "各主题水平（1 简单 - 3 困难）：" + string.Join("，", levels.Select(e => $"{e.Topic} {OneDecimal(e.Level)}（{e.Answers} 题）")));

    public static string ProgressHeadline(Language l, int sessions, int finished, int answered) => Pick(
        l,
        $"Progress: {sessions} interview(s) ({finished} finished), {answered} question(s) answered.",
        $"进度：{sessions} 次面试（完成 {finished} 次），共答 {answered} 题。");

    public static string AverageByTopic(Language l) => Pick(l, "Average score per topic:", "各主题平均分：");

    public static string TopicAverage(Language l, string topic, double average, int answers) => Pick(
        l,
        $"  {topic}: {Score(average)} over {answers} answer(s)",
        $"  {topic}：{Score(average)}（{answers} 题）");

    public static string DueForReview(Language l, int due, DateTimeOffset? next) => Pick(
        l,
        $"Entries due for review: {due}" + (next is { } nextEn ? $" (next one due {nextEn:yyyy-MM-dd HH:mm} UTC)" : ""),
        $"待复习的题：{due}" + (next is { } nextZh ? $"（下一题到期：{nextZh:yyyy-MM-dd HH:mm} UTC）" : ""));

    public static string ChartAt(Language l, string path) => Pick(l, "Chart: ", "得分图：") + path;
}
