using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The end-of-interview summary's lines.</summary>
public static partial class Phrases
{
    public static string SummaryHeadline(Language l, int done, int count, double average) => Pick(
        l,
        $"Interview summary: {done} of {count} question(s) done, average {Score(average)}.",
        $"面试总结：完成 {done}/{count} 题，平均 {Score(average)}。");

    /// <summary>Stands for the score of a question that was skipped or never answered.</summary>
    public static string SummaryUnscored(Language l, bool skipped) => skipped
        ? Pick(l, "skipped", "已跳过")
        : Pick(l, "not answered", "未作答");

    public static string SummaryByTopic(Language l) => Pick(l, "By topic:", "各主题：");

    public static string StrongestPoints(Language l) => Pick(l, "Strongest points: ", "掌握最好的要点：");

    public static string WeakestPoints(Language l) => Pick(l, "Weakest points: ", "最薄弱的要点：");

    public static string ReviewNext(Language l) => Pick(l, "Review next (/review brings them back when due):", "接下来复习（到期后 /review 会再出这些题）：");

    public static string NothingWeak(Language l) => Pick(l, "Nothing weak to review: well done.", "没有需要重点复习的题，做得好。");
}
