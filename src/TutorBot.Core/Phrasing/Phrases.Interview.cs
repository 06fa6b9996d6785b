using TutorBot.Core.Bank;
using TutorBot.Core.Interview;

namespace TutorBot.Core.Phrasing;

/// <summary>The sentences of a mock interview: headers, scores, follow-ups, hints and where the interview stands.</summary>
public static partial class Phrases
{
    public static string QuestionHeader(Language l, int number, int count, string topic) =>
        Pick(l, $"Question {number}/{count} [{topic}]:", $"第 {number}/{count} 题 [{topic}]：");

    public static string FollowupHeader(Language l, FollowupKind kind, int number, int count) => kind switch
    {
        FollowupKind.Scaffold => Pick(l, $"Scaffold on question {number}/{count} (a simpler question, one more try):", $"第 {number}/{count} 题引导（换个简单的问法，再试一次）："),
        FollowupKind.Stretch => Pick(l, $"Stretch on question {number}/{count} (going deeper):", $"第 {number}/{count} 题拓展（再深入一步）："),
        _ => Pick(l, $"Probe on question {number}/{count} (a point you missed):", $"第 {number}/{count} 题追问（你漏掉的一点）："),
    };

    public static string ScoreLine(Language l, double score) => Pick(l, "Score: ", "得分：") + Score(score);

    public static string ScoreLine(Language l, double score, double followupCredit) => ScoreLine(l, score) + Pick(
        l,
        $" (+{OneDecimal(followupCredit)} from the follow-up)",
        $"（追问加 {OneDecimal(followupCredit)} 分）");

    public static string FollowupVerdict(Language l, FollowupKind kind, bool made) => (kind, made) switch
    {
        (FollowupKind.Stretch, true) => Pick(l, "Stretch: well reasoned.", "拓展题：答得有深度。"),
        (FollowupKind.Stretch, false) => Pick(l, "Stretch: that one was meant to be hard; see the reference below.", "拓展题：这题本来就难，可以看看下面的参考答案。"),
        (_, true) => Pick(l, "Follow-up: you got the point.", "追问：这一点答到了。"),
        _ => Pick(l, "Follow-up: the point is still missing.", "追问：这一点还是没有答到。"),
    };

    /// <summary>Stands in the missed list for the point the waiting follow-up asks about, so the list does not answer it.</summary>
    public static string AskedInFollowup(Language l) => Pick(l, "(the point the follow-up asks about)", "（追问考察的那一点）");

    /// <summary>The scaffold question for a missed point that has none of its own, naming it by a keyword.</summary>
    public static string ScaffoldFallback(Language l, string keyword) => Pick(
        l,
        $"Let's make it simpler: what do you know about \"{keyword}\", and how does it bear on this question?",
        $"换个简单点的问法：你对“{keyword}”了解多少？它和这道题有什么关系？");

    /// <summary>The probe for a missed point that has no follow-up of its own and no model to write one.</summary>
    public static string ProbeFallback(Language l, string keyword) => Pick(
        l,
        $"You have not touched on \"{keyword}\": what part does it play here?",
        $"你还没有谈到“{keyword}”：它在这里起什么作用？");

    public static string FollowupHint(Language l, string point, double maxCredit) => Pick(
        l,
        $"Hint for the follow-up: {point}\n(This follow-up now adds at most +{OneDecimal(maxCredit)}.)",
        $"追问提示：{point}\n（这道追问最多只能加 {OneDecimal(maxCredit)} 分。）");

    public static string NoHintForFollowup(Language l) => Pick(l, "No more hints for this follow-up.", "这道追问没有更多提示了。");

    public static string CoveredLine(Language l) => Pick(l, "Covered:", "答到的要点：");

    public static string MissedLine(Language l) => Pick(l, "Missed:", "遗漏的要点：");

    public static string ReferenceLine(Language l) => Pick(l, "Reference answer:", "参考答案：");

    public static string Started(Language l, int count, string? topic, int due) => Pick(
        l,
        $"Mock interview: {count} question(s), {(topic is null ? "mixed topics" : "topic " + topic)}{(due > 0 ? $", {due} due for review" : "")}. Answer in your own words; /hint, /skip, /end.",
        $"模拟面试：共 {count} 题，{(topic is null ? "混合主题" : "主题 " + topic)}{(due > 0 ? $"，其中 {due} 题到期复习" : "")}。请用自己的话回答；可用 /hint、/skip、/end。");

    public static string ReviewStarted(Language l, int count) => Pick(
        l,
        $"Review: {count} question(s) due, weakest first.",
        $"复习：{count} 道到期的题，最薄弱的在前。");

    public static string Abandoned(Language l, int answered, int count) => Pick(
        l,
        $"Your unfinished interview ({answered}/{count} answered) was closed.",
        $"未完成的面试（已答 {answered}/{count} 题）已关闭。");

    public static string Resuming(Language l, int number, int count) => Pick(
        l,
        $"Resuming your interview at question {number}/{count}.",
        $"继续你的面试：第 {number}/{count} 题。");

    public static string StillOn(Language l, int number, int count) => Pick(
        l,
        $"(Still on question {number}/{count}; answer it when ready.)",
        $"（仍在第 {number}/{count} 题，准备好后请作答。）");

    public static string NothingDue(Language l, DateTimeOffset? next) => Pick(
        l,
        next is null ? "Nothing to review yet: answer some interview questions first." : $"Nothing is due for review. Next review: {next:yyyy-MM-dd HH:mm} UTC.",
        next is null ? "还没有可复习的题：先做几道面试题吧。" : $"目前没有到期的复习。下次复习：{next:yyyy-MM-dd HH:mm} UTC。");

    public static string NoEntries(Language l) => Pick(l, "No questions match that choice.", "没有符合条件的题目。");

    public static string UnknownTopic(Language l, string topic, IEnumerable<string> topics) => Pick(
        l,
        $"Unknown topic '{topic}'. Topics: {string.Join(", ", topics)}.",
        $"未知主题“{topic}”。可选主题：{string.Join("、", topics)}。");

    public static string Hint(Language l, string point, double maxScore) => Pick(
        l,
        $"Hint: {point}\n(This question's maximum is now {Score(maxScore)}.)",
        $"提示：{point}\n（本题满分降为 {Score(maxScore)}。）");

    public static string NoMoreHints(Language l) => Pick(l, "No more hints for this question.", "本题没有更多提示了。");

    public static string Skipped(Language l, int number, int count) => Pick(l, $"Skipped question {number}/{count}.", $"已跳过第 {number}/{count} 题。");
}
