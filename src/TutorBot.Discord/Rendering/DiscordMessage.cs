using System.Text.Json.Nodes;

namespace TutorBot.Discord.Rendering;

/// <summary>One message to send: at most 2000 characters of content, optional embeds and components, and one attached file.</summary>
public sealed record DiscordMessage(string Content)
{
    public const int EphemeralFlag = 1 << 6;

    public Func<JsonArray>? Components { get; init; }

    public Func<JsonArray>? Embeds { get; init; }

    public string? AttachmentPath { get; init; }

    public bool Ephemeral { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["content"] = Content,
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (Components is not null)
        {
            json["components"] = Components();
        }

        if (Embeds is not null)
        {
            json["embeds"] = Embeds();
        }

        if (AttachmentPath is not null)
        {
            json["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = Path.GetFileName(AttachmentPath) });
        }

        if (Ephemeral)
        {
            json["flags"] = EphemeralFlag;
        }

        return json;
    }
}
