using System.Text.Json.Nodes;

namespace TutorBot.Discord.Rest;

/// <summary>One REST call: the path is relative to the API base ("/channels/1/messages").</summary>
public sealed record DiscordRequest(HttpMethod Method, string Path, JsonNode? Body = null)
{
    public DiscordAttachment? Attachment { get; init; }
}
