using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Commands;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Answers the autocomplete of /interview start's topic option with the bank's topics that contain what the user
/// has typed (in English, or in Chinese for a Chinese client, where a topic has a Chinese name), those that start
/// with it first, at most Discord's 25.
/// </summary>
public sealed class TopicAutocomplete(IServiceProvider services)
{
    public const int MaxChoices = 25;

    /// <summary>Resolved on use: a composition without a bank (the adapter's own tests) offers no topics.</summary>
    private IReadOnlyList<string> Topics => services.GetService<QuestionBank>()?.Topics ?? [];

    /// <summary>The APPLICATION_COMMAND_AUTOCOMPLETE_RESULT response for what the user has typed into the topic option.</summary>
    public JsonObject Respond(JsonElement data, Language language)
    {
        var typed = Typed(data).Trim();
        var choices = Topics
            .Select(t => (Topic: t, Name: Phrases.Topic(language, t)))
            .Where(t => t.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.Topic.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || t.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(MaxChoices)
            .Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["value"] = t.Topic });
        return new JsonObject
        {
            ["type"] = (int)InteractionCallbackType.ApplicationCommandAutocompleteResult,
            ["data"] = new JsonObject { ["choices"] = new JsonArray([.. choices]) },
        };
    }

    /// <summary>The value of the focused topic option, searched through subcommands; empty when none is focused.</summary>
    private static string Typed(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        foreach (var option in options.EnumerateArray())
        {
            if (option.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True
                && option.TryGetProperty("name", out var name) && name.GetString() == SlashCommandCatalog.TopicOption)
            {
                return option.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
            }

            if (Typed(option) is { Length: > 0 } nested)
            {
                return nested;
            }
        }

        return "";
    }
}
