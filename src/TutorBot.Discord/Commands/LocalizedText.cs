using System.Text.Json.Nodes;

namespace TutorBot.Discord.Commands;

/// <summary>A command text in English with its zh-CN localization.</summary>
public sealed record LocalizedText(string English, string Chinese)
{
    public JsonObject Localizations() => new() { [SlashCommandCatalog.ChineseLocale] = Chinese };
}
