using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The labels of the /progress chart.</summary>
public static partial class Phrases
{
    public static string ChartTitle(Language l) => Pick(l, "Scores over time by topic", "各主题得分随时间变化");

    public static string ChartDateAxis(Language l) => Pick(l, "Date (UTC)", "日期（UTC）");

    public static string ChartScoreAxis(Language l) => Pick(l, "Score (0-10)", "得分（0-10）");
}
