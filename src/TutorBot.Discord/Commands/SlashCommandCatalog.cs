using System.Text.Json.Nodes;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

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
        Command("interview", Phrases.InterviewCommandDescription,
            SubCommandJson("start", Phrases.InterviewStartCommandDescription,
                Autocompleted(Option(StringOption, TopicOption, Phrases.TopicOptionDescription, required: false)),
                Option(IntegerOption, "count", Phrases.CountOptionDescription, required: false, minValue: 1, maxValue: 20),
                LanguageOption(required: false),
                Option(BooleanOption, "timed", Phrases.TimedOptionDescription, required: false),
                Option(IntegerOption, "minutes", Phrases.MinutesOptionDescription, required: false, minValue: 1, maxValue: 60)),
            SubCommandJson("end", Phrases.InterviewEndCommandDescription)),
        Command("hint", Phrases.HintCommandDescription),
        Command("skip", Phrases.SkipCommandDescription),
        Command("ask", Phrases.AskCommandDescription,
            Option(StringOption, "question", Phrases.YourQuestionOptionDescription, required: true, maxLength: 1000)),
        Command("grade", Phrases.GradeCommandDescription,
            Option(StringOption, "question", Phrases.TheQuestionOptionDescription, required: true, maxLength: 1000),
            Option(StringOption, "answer", Phrases.YourAnswerOptionDescription, required: true, maxLength: 4000)),
        Command("calc", Phrases.CalcCommandDescription,
            Option(StringOption, "question", Phrases.CalcQuestionOptionDescription, required: true, maxLength: 1000)),
        Command("progress", Phrases.ProgressCommandDescription),
        Command("review", Phrases.ReviewCommandDescription),
        Command("language", Phrases.ReplyLanguageDescription, LanguageOption(required: true)),
        Command("privacy", Phrases.PrivacyCommandDescription,
            SubCommandJson("export", Phrases.PrivacyExportCommandDescription),
            SubCommandJson("delete", Phrases.PrivacyDeleteCommandDescription)));

    private static JsonObject Command(string name, Func<Language, string> description, params JsonObject[] options) => Described(new JsonObject
    {
        ["name"] = name,
        ["type"] = 1,
    }, description, options);

    private static JsonObject SubCommandJson(string name, Func<Language, string> description, params JsonObject[] options) => Described(new JsonObject
    {
        ["type"] = SubCommand,
        ["name"] = name,
    }, description, options);

    private static JsonObject Described(JsonObject command, Func<Language, string> description, JsonObject[] options)
    {
        command["description"] = description(Language.En);
        command["description_localizations"] = Localizations(description);
        command["options"] = new JsonArray(options);
        return command;
    }

    private static JsonObject Localizations(Func<Language, string> phrase) => new() { [ChineseLocale] = phrase(Language.Zh) };

    private static JsonObject LanguageOption(bool required)
    {
        var option = Option(StringOption, "language", Phrases.ReplyLanguageDescription, required);
        option["choices"] = new JsonArray(
            Choice(Phrases.EnglishChoice, "en"),
            Choice(Phrases.ChineseChoice, "zh"));
        return option;
    }

    private static JsonObject Choice(Func<Language, string> name, string value) => new()
    {
        ["name"] = name(Language.En),
        ["name_localizations"] = Localizations(name),
        ["value"] = value,
    };

    private static JsonObject Autocompleted(JsonObject option)
    {
        option["autocomplete"] = true;
        return option;
    }

    private static JsonObject Option(int type, string name, Func<Language, string> description, bool required, int? minValue = null, int? maxValue = null, int? maxLength = null)
    {
        var option = new JsonObject
        {
            ["type"] = type,
            ["name"] = name,
            ["description"] = description(Language.En),
            ["description_localizations"] = Localizations(description),
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
