using System.Text.Json.Nodes;

namespace TutorBot.Discord.Commands;

/// <summary>The bot's slash commands in Discord's application command JSON (type 1 = chat input).</summary>
public static class SlashCommandCatalog
{
    private const int SubCommand = 1;
    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int BooleanOption = 5;

    public static IReadOnlyList<string> Names { get; } = ["interview", "hint", "skip", "ask", "grade", "calc", "progress", "review", "language", "privacy"];

    public static JsonArray Build() => new(
        Command("interview", "Mock interview / 模拟面试",
            SubCommandJson("start", "Start a mock interview in a new thread / 开始模拟面试",
                Option(StringOption, "topic", "Topic, e.g. transformer (default: a mix) / 主题", required: false),
                Option(IntegerOption, "count", "Number of questions / 题目数", required: false, minValue: 1, maxValue: 20),
                LanguageOption(required: false),
                Option(BooleanOption, "timed", "Give each question a time budget / 计时模式", required: false),
                Option(IntegerOption, "minutes", "Minutes per question when timed (default 3) / 每题分钟数", required: false, minValue: 1, maxValue: 60)),
            SubCommandJson("end", "End the interview with a summary / 结束面试并总结")),
        Command("hint", "A hint for the current question / 当前题目的提示"),
        Command("skip", "Skip the current question / 跳过当前题目"),
        Command("ask", "Ask a question, answered from the question bank / 提问",
            Option(StringOption, "question", "Your question / 你的问题", required: true, maxLength: 1000)),
        Command("grade", "Grade an answer to a question / 给回答打分",
            Option(StringOption, "question", "The question / 题目", required: true, maxLength: 1000),
            Option(StringOption, "answer", "Your answer / 你的回答", required: true, maxLength: 4000)),
        Command("calc", "Compute memory, KV cache, training time, LoRA size / 计算",
            Option(StringOption, "question", "e.g. KV cache of Llama-2-7B at 4096 tokens / 例如", required: true, maxLength: 1000)),
        Command("progress", "Your progress with a chart / 学习进度与图表"),
        Command("review", "Review what is due, weakest first / 复习到期题目"),
        Command("language", "Reply language / 回复语言", LanguageOption(required: true)),
        Command("privacy", "Your stored data / 你的数据",
            SubCommandJson("export", "Everything stored about you, as a file only you see / 导出你的全部数据"),
            SubCommandJson("delete", "Delete everything stored about you (asks first) / 删除你的全部数据")));

    private static JsonObject Command(string name, string description, params JsonObject[] options) => new()
    {
        ["name"] = name,
        ["type"] = 1,
        ["description"] = description,
        ["options"] = new JsonArray(options),
    };

    private static JsonObject SubCommandJson(string name, string description, params JsonObject[] options) => new()
    {
        ["type"] = SubCommand,
        ["name"] = name,
        ["description"] = description,
        ["options"] = new JsonArray(options),
    };

    private static JsonObject LanguageOption(bool required)
    {
        var option = Option(StringOption, "language", "English or 中文", required);
        option["choices"] = new JsonArray(
            new JsonObject { ["name"] = "English", ["value"] = "en" },
            new JsonObject { ["name"] = "中文", ["value"] = "zh" });
        return option;
    }

    private static JsonObject Option(int type, string name, string description, bool required, int? minValue = null, int? maxValue = null, int? maxLength = null)
    {
        var option = new JsonObject { ["type"] = type, ["name"] = name, ["description"] = description, ["required"] = required };
        if (minValue is not null)
        {
            option["min_value"] = minValue;
        }

        if (maxValue is not null)
        {
            option["max_value"] = maxValue;
        }

        if (maxLength is not null)
        {
            option["max_length"] = maxLength;
        }

        return option;
    }
}
