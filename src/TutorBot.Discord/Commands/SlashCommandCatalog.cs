using System.Text.Json.Nodes;

namespace TutorBot.Discord.Commands;

/// <summary>
/// The bot's slash commands in Discord's application command JSON (type 1 = chat input): English descriptions with
/// zh-CN ones in <c>description_localizations</c>, which Discord shows to users whose client speaks Chinese.
/// Command and option names stay English so the same command can be typed in any client.
/// </summary>
public static class SlashCommandCatalog
{
    public const string ChineseLocale = "zh-CN";
    public const string TopicOption = "topic";

    private const int SubCommand = 1;
    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int BooleanOption = 5;

    public static IReadOnlyList<string> Names { get; } = ["interview", "hint", "skip", "ask", "grade", "calc", "progress", "review", "language", "privacy"];

    public static JsonArray Build() => new(
        Command("interview", new("Mock interview", "模拟面试"),
            SubCommandJson("start", new("Start a mock interview in a new thread", "在新的子区开始模拟面试"),
                Autocompleted(Option(StringOption, TopicOption, new("Topic, e.g. transformer (default: a mix)", "主题，例如 transformer（默认混合）"), required: false)),
                Option(IntegerOption, "count", new("Number of questions", "题目数"), required: false, minValue: 1, maxValue: 20),
                LanguageOption(required: false),
                Option(BooleanOption, "timed", new("Give each question a time budget", "计时模式：每题限时"), required: false),
                Option(IntegerOption, "minutes", new("Minutes per question when timed (default 3)", "计时模式下每题分钟数（默认 3）"), required: false, minValue: 1, maxValue: 60)),
            SubCommandJson("end", new("End the interview with a summary", "结束面试并总结"))),
        Command("hint", new("A hint for the current question", "当前题目的提示")),
        Command("skip", new("Skip the current question", "跳过当前题目")),
        Command("ask", new("Ask a question, answered from the question bank", "提问，从题库中作答"),
            Option(StringOption, "question", new("Your question", "你的问题"), required: true, maxLength: 1000)),
        Command("grade", new("Grade an answer to a question", "给回答打分"),
            Option(StringOption, "question", new("The question", "题目"), required: true, maxLength: 1000),
            Option(StringOption, "answer", new("Your answer", "你的回答"), required: true, maxLength: 4000)),
        Command("calc", new("Compute memory, KV cache, training time, LoRA size", "计算显存、KV 缓存、训练时间、LoRA 大小"),
            Option(StringOption, "question", new("e.g. KV cache of Llama-2-7B at 4096 tokens", "例如：Llama-2-7B 在 4096 个 token 时的 KV 缓存"), required: true, maxLength: 1000)),
        Command("progress", new("Your progress with a chart", "学习进度与图表")),
        Command("review", new("Review what is due, weakest first", "复习到期题目，最弱的先来")),
        Command("language", new("Reply language", "回复语言"), LanguageOption(required: true)),
        Command("privacy", new("Your stored data", "你的数据"),
            SubCommandJson("export", new("Everything stored about you, as a file only you see", "导出你的全部数据，文件只有你能看到")),
            SubCommandJson("delete", new("Delete everything stored about you (asks first)", "删除你的全部数据（会先确认）"))));

    private static JsonObject Command(string name, LocalizedText description, params JsonObject[] options) => Described(new JsonObject
    {
        ["name"] = name,
        ["type"] = 1,
    }, description, options);

    private static JsonObject SubCommandJson(string name, LocalizedText description, params JsonObject[] options) => Described(new JsonObject
    {
        ["type"] = SubCommand,
        ["name"] = name,
    }, description, options);

    private static JsonObject Described(JsonObject command, LocalizedText description, JsonObject[] options)
    {
        command["description"] = description.English;
        command["description_localizations"] = description.Localizations();
        command["options"] = new JsonArray(options);
        return command;
    }

    private static JsonObject LanguageOption(bool required)
    {
        var option = Option(StringOption, "language", new("Reply language", "回复语言"), required);
        option["choices"] = new JsonArray(
            Choice(new("English", "英文"), "en"),
            Choice(new("Chinese", "中文"), "zh"));
        return option;
    }

    private static JsonObject Choice(LocalizedText name, string value) => new()
    {
        ["name"] = name.English,
        ["name_localizations"] = name.Localizations(),
        ["value"] = value,
    };

    private static JsonObject Autocompleted(JsonObject option)
    {
        option["autocomplete"] = true;
        return option;
    }

    private static JsonObject Option(int type, string name, LocalizedText description, bool required, int? minValue = null, int? maxValue = null, int? maxLength = null)
    {
        var option = new JsonObject
        {
            ["type"] = type,
            ["name"] = name,
            ["description"] = description.English,
            ["description_localizations"] = description.Localizations(),
            ["required"] = required,
        };
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
