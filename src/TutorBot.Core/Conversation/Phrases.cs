using System.Globalization;
using TutorBot.Core.Bank;
using TutorBot.Core.Interview;
using TutorBot.Core.Level;
using TutorBot.Core.Persistence;

namespace TutorBot.Core.Conversation;

/// <summary>Every fixed sentence the tutor says, in both languages.</summary>
public static class Phrases
{
    public static string Pick(Language language, string en, string zh) => language == Language.Zh ? zh : en;

    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture) + "/10";

    public static string QuestionHeader(Language l, int number, int count, string topic) =>
        Pick(l, $"Question {number}/{count} [{topic}]:", $"第 {number}/{count} 题 [{topic}]：");

    public static string FollowupHeader(Language l, FollowupKind kind, int number, int count) => kind switch
    {
        FollowupKind.Scaffold => Pick(l, $"Scaffold on question {number}/{count} (a simpler question, one more try):", $"第 {number}/{count} 题引导（换个简单的问法，再试一次）："),
        FollowupKind.Stretch => Pick(l, $"Stretch on question {number}/{count} (going deeper):", $"第 {number}/{count} 题拓展（再深入一步）："),
        _ => Pick(l, $"Probe on question {number}/{count} (a point you missed):", $"第 {number}/{count} 题追问（你漏掉的一点）："),
    };

    /// <summary>"Level (1 easy - 3 hard): transformer 2.4 (5 answers), ..." for the summary and /progress.</summary>
    public static string LevelLine(Language l, IEnumerable<LevelEstimate> levels) => Pick(
        l,
        "Level by topic (1 easy - 3 hard): " + string.Join(", ", levels.Select(e => $"{e.Topic} {e.Level.ToString("0.0", CultureInfo.InvariantCulture)} ({e.Answers} answer(s))")),
        "各主题水平（1 简单 - 3 困难）：" + string.Join("，", levels.Select(e => $"{e.Topic} {e.Level.ToString("0.0", CultureInfo.InvariantCulture)}（{e.Answers} 题）")));

    public static string ScoreLine(Language l, double score) => Pick(l, "Score: ", "得分：") + Score(score);

    public static string ScoreLine(Language l, double score, double followupCredit) => ScoreLine(l, score) + Pick(
        l,
        $" (+{followupCredit.ToString("0.0", CultureInfo.InvariantCulture)} from the follow-up)",
        $"（追问加 {followupCredit.ToString("0.0", CultureInfo.InvariantCulture)} 分）");

    public static string FollowupVerdict(Language l, FollowupKind kind, bool made) => (kind, made) switch
    {
        (FollowupKind.Stretch, true) => Pick(l, "Stretch: well reasoned.", "拓展题：答得有深度。"),
        (FollowupKind.Stretch, false) => Pick(l, "Stretch: that one was meant to be hard; see the reference below.", "拓展题：这题本来就难，可以看看下面的参考答案。"),
        (_, true) => Pick(l, "Follow-up: you got the point.", "追问：这一点答到了。"),
        _ => Pick(l, "Follow-up: the point is still missing.", "追问：这一点还是没有答到。"),
    };

    /// <summary>Stands in the missed list for the point the waiting follow-up asks about, so the list does not answer it.</summary>
    public static string AskedInFollowup(Language l) => Pick(l, "(the point the follow-up asks about)", "（追问考察的那一点）");

    public static LocalizedText ScaffoldFallback(LocalizedText keyword) => new(
        $"换个简单点的问法：你对“{keyword.Zh}”了解多少？它和这道题有什么关系？",
        $"Let's make it simpler: what do you know about \"{keyword.En}\", and how does it bear on this question?");

    public static LocalizedText ProbeFallback(LocalizedText keyword) => new(
        $"你还没有谈到“{keyword.Zh}”：它在这里起什么作用？",
        $"You have not touched on \"{keyword.En}\": what part does it play here?");

    public static string FollowupHint(Language l, string point, double maxCredit) => Pick(
        l,
        $"Hint for the follow-up: {point}\n(This follow-up now adds at most +{maxCredit.ToString("0.0", CultureInfo.InvariantCulture)}.)",
        $"追问提示：{point}\n（这道追问最多只能加 {maxCredit.ToString("0.0", CultureInfo.InvariantCulture)} 分。）");

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

    public static string NoInterview(Language l) => Pick(
        l,
        "No interview is running. Start one with /interview [topic] [count].",
        "当前没有进行中的面试。用 /interview [主题] [题数] 开始。");

    public static string MovedOn(Language l) => Pick(
        l,
        "That question has moved on, so nothing was changed; answer the question shown last.",
        "那道题已经过去了，所以什么都没有改动；请回答最新显示的题目。");

    public static string RunningElsewhere(Language l) => Pick(
        l,
        "You already have an interview running in another conversation; finish it or end it there (/end) first.",
        "你已经在另一个对话里有一场进行中的面试；请先在那里答完或结束它（/end）。");

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

    public static string LanguageSet(Language l) => Pick(l, "I will reply in English, whatever language you write in.", "之后无论你用哪种语言提问，我都会用中文回复。");

    public static string LanguageFollowsQuestions(Language l) => Pick(l, "I will reply in the language of each question.", "之后我会用你提问所用的语言回复。");

    public static string UnknownCommand(Language l, string command) => Pick(
        l,
        $"Unknown command {command}. Type /help for the list.",
        $"未知命令 {command}。输入 /help 查看命令列表。");

    public static string Unavailable(Language l, string what) => Pick(l, $"{what} is not available in this setup.", $"当前配置不支持{what}。");

    public static string Failed(Language l, string reason) => Pick(l, $"Sorry, that failed: {reason}", $"抱歉，处理失败：{reason}");

    public static string StoreFailed(Language l, StoreFailedException failure)
    {
        var (en, zh) = failure.Fault switch
        {
            StoreFault.Busy => ("the database is busy: another program holds its lock", "数据库正被另一个程序锁住"),
            StoreFault.ReadOnly => ("the database file is read-only", "数据库文件是只读的"),
            StoreFault.DiskFull => ("the disk is full", "磁盘已满"),
            StoreFault.Removed => ("the database file was deleted or moved while the bot was running", "数据库文件在机器人运行时被删除或移走了"),
            StoreFault.Unreachable => ("the database server cannot be reached", "无法连接数据库服务器"),
            StoreFault.Conflict => ("another of your messages changed this at the same moment", "你的另一条消息同时修改了同一内容"),
            _ => ("the database file cannot be opened", "数据库文件无法打开"),
        };
        if (failure.AnswerKept)
        {
            return Pick(
                l,
                $"Your answer is saved, but its grade could not be: {en}. Once this is fixed, your next message grades it; no need to answer again.",
                $"你的回答已保存，但评分没能保存：{zh}。问题解决后，你的下一条消息会触发评分，无需重答。");
        }

        return failure.Write
            ? Pick(l, $"Not saved: {en}. What was stored before is intact; send it again once this is fixed.", $"没有保存：{zh}。之前保存的内容完好无损；问题解决后请再发一次。")
            : Pick(l, $"Could not read your data: {en}. Nothing was changed; try again once this is fixed.", $"无法读取你的数据：{zh}。没有任何改动；问题解决后请再试一次。");
    }

    public static string AnswerAgain(Language l) => Pick(
        l,
        "(Your last message arrived while your previous answer was being graded; please answer the question above.)",
        "（你的上一条消息到达时，前一个回答还在评分；请回答上面的问题。）");

    public static string EmptyArgument(Language l, string usage) => Pick(l, $"Usage: {usage}", $"用法：{usage}");

    public static string Help(Language l) => Pick(
        l,
        """
        Commands:
          /interview [topic] [count] [easy|medium|hard] [zh|en] [timed [minutes]]  start a mock interview (no topic: due reviews
                                  mixed with new questions; timed: minutes per question, 3 by default)
          /review                 an interview of the entries due for review, weakest first
          /hint                   reveal one key point (lowers this question's maximum)
          /skip                   skip the current question
          /end                    end the interview and show the summary
          /progress               sessions, average score per topic, entries due, and a chart
          /ask QUESTION           ask about a concept (also: any question while no interview runs)
          /calc QUESTION          compute a number (GPU memory, KV cache, training time...)
          /grade QUESTION | ANSWER  grade an answer (QUESTION may be a bank entry id)
          /lang zh|en|auto        pin the reply language, or follow each question's
          /help                   this list
        During an interview every other line is your answer; a line such as "what's FlashAttention?" is answered
        without losing your place.
        """,
        """
        命令：
          /interview [主题] [题数] [easy|medium|hard] [zh|en] [timed [分钟]]  开始模拟面试（不指定主题：到期复习与新题混合；
                                  timed：每题限时，默认 3 分钟）
          /review                 复习到期的题，最薄弱的在前
          /hint                   提示一个要点（降低本题满分）
          /skip                   跳过当前题
          /end                    结束面试并查看总结
          /progress               练习次数、各主题平均分、待复习题数和得分图
          /ask 问题               提问概念（没有面试进行时，任何问题都会直接回答）
          /calc 问题              计算数字（显存、KV cache、训练时间等）
          /grade 问题 | 回答       给一个回答打分（问题可以是题库条目 id）
          /lang zh|en|auto        固定回复语言，或跟随每个问题的语言
          /help                   本列表
        面试中其他每一行都是你的回答；像“什么是 FlashAttention？”这样的问题会直接回答，不影响面试进度。
        """);
}
