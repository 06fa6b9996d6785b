using System.Globalization;
using System.Text.Json;

namespace TutorBot.Discord.Interactions;

/// <summary>A slash command with its subcommand flattened into the name ("interview start") and its options as strings.</summary>
public sealed record CommandInvocation(string Name, IReadOnlyDictionary<string, string> Options)
{
    public static CommandInvocation? TryParse(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("name", out var name) || name.GetString() is not { } commandName)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = data;
        while (current.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            JsonElement? subcommand = null;
            foreach (var option in list.EnumerateArray())
            {
                var optionName = option.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (optionName is null)
                {
                    continue;
                }

                if (option.TryGetProperty("value", out var value))
                {
                    options[optionName] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                }
                else
                {
                    commandName += " " + optionName;
                    subcommand = option;
                }
            }

            if (subcommand is null)
            {
                break;
            }

            current = subcommand.Value;
        }

        return new CommandInvocation(commandName, options);
    }

    public string? Option(string name) => Options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public int? IntOption(string name) => Option(name) is { } text && int.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : null;
}
