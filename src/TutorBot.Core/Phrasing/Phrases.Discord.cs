using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>
/// The Discord front-end's texts: replies to interactions, buttons, modals, embed fields and headings. Discord markup
/// (mentions, bold) is added by the front-end around them.
/// </summary>
public static partial class Phrases
{
    public static string AnswerEmpty(Language l) => Pick(l, "Your answer was empty.", "回答是空的。");

    public static string AnswerTooLong(Language l, int length, int limit) => Pick(
        l,
        $"Your answer has {length} characters; the limit is {limit}. Shorten it and try again.",
        $"回答有 {length} 个字符，上限是 {limit}。请缩短后再试。");

    /// <summary>An answer typed in an interview's thread that is too long; <paramref name="user"/> is the author as mentioned.</summary>
    public static string ThreadAnswerTooLong(Language l, string user, int length, int limit) => Pick(
        l,
        $"{user} your answer has {length} characters; the limit is {limit}.",
        $"{user} 你的回答有 {length} 个字符，上限是 {limit}。");

    /// <summary>Where a new interview runs; <paramref name="thread"/> is the thread as the front-end mentions it.</summary>
    public static string InterviewIsIn(Language l, string thread) => Pick(l, $"Your interview is in {thread}.", $"面试在 {thread} 开始了。");

    public static string AlreadyRunning(Language l, string channel) => Pick(
        l,
        $"You already have an interview running in {channel}; finish it or use /interview end there first.",
        $"你已经有一场面试在 {channel} 进行中；先在那里用 /interview end 结束。");

    public static string ThreadName(Language l, string userName) => Pick(l, $"Interview · {userName}", $"面试 · {userName}");

    public static string SomethingWentWrong(Language l) => Pick(l, "Something went wrong while handling that; please try again.", "处理时出错了，请再试一次。");

    public static string WaitBeforeAsking(Language l, double seconds) => Pick(l, $"Please wait {seconds} s before asking again.", $"请等 {seconds} 秒再提问。");

    public static string NotSupported(Language l) => Pick(l, "That action is not supported (any more).", "这个操作已经不支持了。");

    public static string SomeoneElsesInterview(Language l, string ownerName, string owner) => Pick(
        l,
        $"This is {ownerName}'s interview ({owner}); only they can answer, ask for hints, skip or end it. Start your own with /interview start.",
        $"这是 {ownerName}（{owner}）的面试，只有 TA 能回答、要提示、跳过或结束。用 /interview start 开始你自己的。");

    public static string NothingStored(Language l) => Pick(l, "Nothing is stored about you.", "没有存储任何关于你的数据。");

    public static string EverythingStored(Language l, int rows) => Pick(l, $"Everything stored about you ({rows} rows).", $"这是存储的关于你的全部数据（{rows} 行）。");

    public static string ConfirmDelete(Language l) => Pick(
        l,
        "This deletes everything TutorBot stores about you: interviews, answers, grades, review schedule and levels. It cannot be undone. Are you sure?",
        "这会删除 TutorBot 存储的关于你的一切：面试、回答、评分、复习计划和水平估计，无法恢复。确定吗？");

    public static string DeleteEverythingButton(Language l) => Pick(l, "Delete everything", "全部删除");

    public static string CancelButton(Language l) => Pick(l, "Cancel", "取消");

    public static string NothingDeleted(Language l) => Pick(l, "Nothing was deleted.", "什么都没有删除。");

    public static string DeletedRows(Language l, int rows) => Pick(l, $"Deleted the {rows} stored rows about you.", $"已删除关于你的 {rows} 行数据。");

    public static string PrivacyFailed(Language l) => Pick(l, "That could not be done and nothing changed; please try again.", "没能完成这个请求，什么都没改；请再试一次。");

    public static string CoveredField(Language l) => Pick(l, "✅ Covered", "✅ 答到");

    public static string MissedField(Language l) => Pick(l, "❌ Missed", "❌ 遗漏");

    public static string SourceField(Language l, int number) => Pick(l, $"Source {number}", $"来源 {number}");

    public static string FeedbackTitle(Language l, int? number, string of, bool followup) => (number, followup) switch
    {
        ({ } n, true) => Pick(l, $"Follow-up feedback · question {n}{of}", $"追问反馈 · 第 {n}{of} 题"),
        ({ } n, false) => Pick(l, $"Feedback · question {n}{of}", $"反馈 · 第 {n}{of} 题"),
        (null, _) => Pick(l, "Feedback", "评分"),
    };

    public static string ScaffoldHeading(Language l) => Pick(l, "Scaffold", "引导");

    public static string StretchHeading(Language l) => Pick(l, "Stretch", "拓展");

    public static string ProbeHeading(Language l) => Pick(l, "Probe", "追问");

    public static string QuestionHeading(Language l, int number, string of) => Pick(l, $"Question {number}{of}", $"第 {number}{of} 题");

    public static string SummaryHeading(Language l) => Pick(l, "Summary", "总结");

    public static string TimeIsUp(Language l) => Pick(l, "⏱ Time is up ", "⏱ 时间截止：");

    public static string AnswerButton(Language l) => Pick(l, "Answer", "回答");

    public static string HintButton(Language l) => Pick(l, "Hint", "提示");

    public static string SkipButton(Language l) => Pick(l, "Skip", "跳过");

    public static string EndButton(Language l) => Pick(l, "End", "结束");

    public static string AnswerModalTitle(Language l) => Pick(l, "Your answer", "你的回答");

    public static string AnswerModalLabel(Language l) => Pick(l, "Answer", "回答");

    public static string ShowReferenceButton(Language l) => Pick(l, "Show reference", "查看参考答案");

    public static string Restarting(Language l) => Pick(
        l,
        "TutorBot is restarting and could not finish this; please send it again in a minute.",
        "TutorBot 正在重启，这一条没来得及处理完；请过一分钟再发一次。");
}
