using TutorBot.Core.Bank;
using TutorBot.Core.Persistence;

namespace TutorBot.Core.Phrasing;

/// <summary>The sentences of the conversation around an interview: commands, language, help and failures.</summary>
public static partial class Phrases
{
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
