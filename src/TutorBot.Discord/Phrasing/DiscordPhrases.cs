using TutorBot.Core.Bank;

namespace TutorBot.Discord.Phrasing;

/// <summary>
/// Every user-facing text of the Discord front-end in English and Chinese. Each phrase is a method whose first
/// parameter is the language, so a test can call them all in both languages.
/// </summary>
public static class DiscordPhrases
{
    public static string AnswerEmpty(Language language) => Pick(language, "Your answer was empty.", "回答是空的。");

    public static string AnswerTooLong(Language language, int length, int limit) => Pick(language,
        $"Your answer has {length} characters; the limit is {limit}. Shorten it and try again.",
        $"回答有 {length} 个字符，上限是 {limit}。请缩短后再试。");

    public static string InterviewIsIn(Language language, string threadId) => Pick(language, $"Your interview is in <#{threadId}>.", $"面试在 <#{threadId}> 开始了。");

    public static string AlreadyRunning(Language language, string channelId) => Pick(language,
        $"You already have an interview running in <#{channelId}>; finish it or use /interview end there first.",
        $"你已经有一场面试在 <#{channelId}> 进行中；先在那里用 /interview end 结束。");

    public static string ThreadName(Language language, string userName) => Pick(language, $"Interview · {userName}", $"面试 · {userName}");

    public static string SomethingWentWrong(Language language) => Pick(language, "Something went wrong while handling that; please try again.", "处理时出错了，请再试一次。");

    public static string WaitBeforeAsking(Language language, double seconds) => Pick(language, $"Please wait {seconds} s before asking again.", $"请等 {seconds} 秒再提问。");

    public static string NotSupported(Language language) => Pick(language, "That action is not supported (any more).", "这个操作已经不支持了。");

    public static string SomeoneElsesInterview(Language language, string ownerName, string ownerId) => Pick(language,
        $"This is {ownerName}'s interview (<@{ownerId}>); only they can answer, ask for hints, skip or end it. Start your own with /interview start.",
        $"这是 {ownerName}（<@{ownerId}>）的面试，只有 TA 能回答、要提示、跳过或结束。用 /interview start 开始你自己的。");

    public static string NothingStored(Language language) => Pick(language, "Nothing is stored about you.", "没有存储任何关于你的数据。");

    public static string EverythingStored(Language language, int rows) => Pick(language, $"Everything stored about you ({rows} rows).", $"这是存储的关于你的全部数据（{rows} 行）。");

    public static string ConfirmDelete(Language language) => Pick(language,
        "This deletes everything TutorBot stores about you: interviews, answers, grades, review schedule and levels. It cannot be undone. Are you sure?",
        "这会删除 TutorBot 存储的关于你的一切：面试、回答、评分、复习计划和水平估计，无法恢复。确定吗？");

    public static string DeleteEverythingButton(Language language) => Pick(language, "Delete everything", "全部删除");

    public static string CancelButton(Language language) => Pick(language, "Cancel", "取消");

    public static string NothingDeleted(Language language) => Pick(language, "Nothing was deleted.", "什么都没有删除。");

    public static string DeletedRows(Language language, int rows) => Pick(language, $"Deleted the {rows} stored rows about you.", $"已删除关于你的 {rows} 行数据。");

    public static string PrivacyFailed(Language language) => Pick(language, "That could not be done and nothing changed; please try again.", "没能完成这个请求，什么都没改；请再试一次。");

    public static string CoveredField(Language language) => Pick(language, "✅ Covered", "✅ 答到");

    public static string MissedField(Language language) => Pick(language, "❌ Missed", "❌ 遗漏");

    public static string SourceField(Language language, int number) => Pick(language, $"Source {number}", $"来源 {number}");

    public static string FeedbackTitle(Language language, int? number, string of, bool followup) => (number, followup) switch
    {
        ({ } n, true) => Pick(language, $"Follow-up feedback · question {n}{of}", $"追问反馈 · 第 {n}{of} 题"),
        ({ } n, false) => Pick(language, $"Feedback · question {n}{of}", $"反馈 · 第 {n}{of} 题"),
        (null, _) => Pick(language, "Feedback", "评分"),
    };

    public static string ScaffoldHeading(Language language) => Pick(language, "**Scaffold**", "**引导**");

    public static string StretchHeading(Language language) => Pick(language, "**Stretch**", "**拓展**");

    public static string ProbeHeading(Language language) => Pick(language, "**Probe**", "**追问**");

    public static string QuestionHeading(Language language, int number, string of) => Pick(language, $"**Question {number}{of}**", $"**第 {number}{of} 题**");

    public static string SummaryHeading(Language language) => Pick(language, "**Summary**", "**总结**");

    public static string TimeIsUp(Language language) => Pick(language, "⏱ Time is up ", "⏱ 时间截止：");

    public static string AnswerButton(Language language) => Pick(language, "Answer", "回答");

    public static string HintButton(Language language) => Pick(language, "Hint", "提示");

    public static string SkipButton(Language language) => Pick(language, "Skip", "跳过");

    public static string EndButton(Language language) => Pick(language, "End", "结束");

    public static string AnswerModalTitle(Language language) => Pick(language, "Your answer", "你的回答");

    public static string AnswerModalLabel(Language language) => Pick(language, "Answer", "回答");

    public static string ShowReferenceButton(Language language) => Pick(language, "Show reference", "查看参考答案");

    private static string Pick(Language language, string en, string zh) => language == Language.Zh ? zh : en;
}
