using System.Text.Json.Nodes;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Discord.Interactions;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>One REST request the fake Discord received: the JSON body (or multipart payload_json) and any file names.</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Json, IReadOnlyList<string> FileNames, DateTimeOffset At, int Status)
{
    /// <summary>Attached files by name, read as UTF-8 text.</summary>
    public IReadOnlyDictionary<string, string> FileTexts { get; init; } = new Dictionary<string, string>();

    public string? Content => Json?["content"]?.GetValue<string>();

    /// <summary>What a reader sees: the content, then each embed's title, description and fields ("name: value").</summary>
    public string Text => string.Join('\n', new[] { Content }.Concat(EmbedTexts()).Where(t => !string.IsNullOrEmpty(t)));

    public IEnumerable<JsonObject> Embeds => (Json as JsonObject)?["embeds"] is JsonArray embeds ? embeds.OfType<JsonObject>() : [];

    /// <summary>The prompt named by this message's Answer button; null when it carries none.</summary>
    public QuestionRef? AskedQuestion =>
        ((Json as JsonObject)?["components"] is JsonArray rows ? rows.OfType<JsonObject>() : [])
            .SelectMany(row => row["components"] is JsonArray buttons ? buttons.OfType<JsonObject>() : [])
            .Select(button => CustomIds.TryParse(button["custom_id"]?.GetValue<string>()))
            .FirstOrDefault(id => id?.Action == CustomIds.Answer)?.Question;

    private IEnumerable<string?> EmbedTexts() =>
        Embeds.SelectMany(e => new[] { e["title"]?.GetValue<string>(), e["description"]?.GetValue<string>() }
            .Concat((e["fields"] as JsonArray ?? []).Select(f => $"{f?["name"]}: {f?["value"]}")));

    public bool Is(string method, string pathFragment) => Method == method && Path.Contains(pathFragment, StringComparison.Ordinal);
}
