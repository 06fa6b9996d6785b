using TutorBot.Core.Bank;

namespace TutorBot.Core.Phrasing;

/// <summary>The descriptions of the Discord slash commands and their options, and the names of their choices.</summary>
public static partial class Phrases
{
    public static string InterviewCommandDescription(Language l) => Pick(l, "Mock interview", "模拟面试");

    public static string InterviewStartCommandDescription(Language l) => Pick(l, "Start a mock interview in a new thread", "在新的子区开始模拟面试");

    public static string TopicOptionDescription(Language l) => Pick(l, "Topic, e.g. transformer (default: a mix)", "主题，例如 transformer（默认混合）");

    public static string CountOptionDescription(Language l) => Pick(l, "Number of questions", "题目数");

    public static string TimedOptionDescription(Language l) => Pick(l, "Give each question a time budget", "计时模式：每题限时");

    public static string MinutesOptionDescription(Language l) => Pick(l, "Minutes per question when timed (default 3)", "计时模式下每题分钟数（默认 3）");

    public static string InterviewEndCommandDescription(Language l) => Pick(l, "End the interview with a summary", "结束面试并总结");

    public static string HintCommandDescription(Language l) => Pick(l, "A hint for the current question", "当前题目的提示");

    public static string SkipCommandDescription(Language l) => Pick(l, "Skip the current question", "跳过当前题目");

    public static string AskCommandDescription(Language l) => Pick(l, "Ask a question, answered from the question bank", "提问，从题库中作答");

    public static string YourQuestionOptionDescription(Language l) => Pick(l, "Your question", "你的问题");

    public static string GradeCommandDescription(Language l) => Pick(l, "Grade an answer to a question", "给回答打分");

    public static string TheQuestionOptionDescription(Language l) => Pick(l, "The question", "题目");

    public static string YourAnswerOptionDescription(Language l) => Pick(l, "Your answer", "你的回答");

    public static string CalcCommandDescription(Language l) => Pick(l, "Compute memory, KV cache, training time, LoRA size", "计算显存、KV 缓存、训练时间、LoRA 大小");

    public static string CalcQuestionOptionDescription(Language l) => Pick(l, "e.g. KV cache of Llama-2-7B at 4096 tokens", "例如：Llama-2-7B 在 4096 个 token 时的 KV 缓存");

    public static string ProgressCommandDescription(Language l) => Pick(l, "Your progress with a chart", "学习进度与图表");

    public static string ReviewCommandDescription(Language l) => Pick(l, "Review what is due, weakest first", "复习到期题目，最弱的先来");

    public static string ReplyLanguageDescription(Language l) => Pick(l, "Reply language", "回复语言");

    public static string PrivacyCommandDescription(Language l) => Pick(l, "Your stored data", "你的数据");

    public static string PrivacyExportCommandDescription(Language l) => Pick(l, "Everything stored about you, as a file only you see", "导出你的全部数据，文件只有你能看到");

    public static string PrivacyDeleteCommandDescription(Language l) => Pick(l, "Delete everything stored about you (asks first)", "删除你的全部数据（会先确认）");

    public static string EnglishChoice(Language l) => Pick(l, "English", "英文");

    public static string ChineseChoice(Language l) => Pick(l, "Chinese", "中文");
}
