using System.Globalization;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The sentences of timed interviews.</summary>
public static partial class Phrases
{
    public static string TimedStarted(Language l, TimeSpan perQuestion) => Pick(
        l,
        $"Timed: {Minutes(perQuestion)} min for each question and each follow-up; a later answer is graded but marked late.",
        $"计时模式：每道题和每道追问限时 {Minutes(perQuestion)} 分钟；超时的回答照常评分，但记为超时。");

    /// <summary>Under a question: whole minutes left, rounded up, or that the time is up.</summary>
    public static string TimeLeft(Language l, TimeSpan left) => left > TimeSpan.Zero
        ? Pick(l, $"⏱ Time left: {Minutes(left)} min", $"⏱ 剩余时间：{Minutes(left)} 分钟")
        : Pick(l, "⏱ Time is up: an answer now is graded but marked late.", "⏱ 时间已到：现在作答照常评分，但记为超时。");

    public static string Late(Language l, TimeSpan elapsed, TimeSpan allowed) => Pick(
        l,
        $"Late: answered after {Duration(elapsed)}, over the {Duration(allowed)} allowed; graded all the same.",
        $"超时：用时 {Duration(elapsed)}，超过限定的 {Duration(allowed)}；照常评分。");

    public static string TimePerAnswer(Language l) => Pick(l, "Time per answer:", "每次作答用时：");

    /// <summary>One answer's time in the summary: "1:20", "follow-up 0:45 (late)".</summary>
    public static string AnswerTime(Language l, int turn, TimeSpan elapsed, bool late) =>
        (turn == 0 ? "" : Pick(l, "follow-up ", "追问 "))
        + Duration(elapsed)
        + (late ? Pick(l, " (late)", "（超时）") : "");

    /// <summary>"3:05": minutes and seconds.</summary>
    private static string Duration(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}:{time.Seconds:00}");

    private static int Minutes(TimeSpan time) => (int)Math.Ceiling(time.TotalMinutes);
}
