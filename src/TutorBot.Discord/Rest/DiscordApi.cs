using System.Text.Json;
using System.Text.Json.Nodes;

namespace TutorBot.Discord.Rest;

/// <summary>The REST v10 endpoints the bot uses, on top of <see cref="DiscordRestClient"/>.</summary>
public sealed class DiscordApi(DiscordRestClient rest)
{
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var body = await rest.SendAsync(new DiscordRequest(HttpMethod.Get, "/gateway/bot"), cancellationToken);
        var limit = body.GetProperty("session_start_limit");
        return new GatewayBotInfo(
            body.GetProperty("url").GetString() ?? throw new JsonException("gateway url missing"),
            limit.GetProperty("remaining").GetInt32(),
            TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()),
            limit.TryGetProperty("max_concurrency", out var concurrency) ? concurrency.GetInt32() : 1,
            body.TryGetProperty("shards", out var shards) ? shards.GetInt32() : 1);
    }

    public async Task<string> GetApplicationIdAsync(CancellationToken cancellationToken)
    {
        var body = await rest.SendAsync(new DiscordRequest(HttpMethod.Get, "/applications/@me"), cancellationToken);
        return body.GetProperty("id").GetString() ?? throw new JsonException("application id missing");
    }

    /// <summary>Replaces every command with these (PUT): to one guild when guildId is set, globally otherwise.</summary>
    public Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrEmpty(guildId)
            ? $"/applications/{applicationId}/commands"
            : $"/applications/{applicationId}/guilds/{guildId}/commands";
        return rest.SendAsync(new DiscordRequest(HttpMethod.Put, path, commands), cancellationToken);
    }

    /// <summary>The first answer to an interaction (a deferral, a modal, an ephemeral message).</summary>
    public Task RespondAsync(string interactionId, string interactionToken, JsonObject response, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"/interactions/{interactionId}/{interactionToken}/callback", response), cancellationToken);

    public Task EditOriginalAsync(string applicationId, string interactionToken, JsonObject message, DiscordAttachment? attachment, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Patch, $"/webhooks/{applicationId}/{interactionToken}/messages/@original", message) { Attachment = attachment }, cancellationToken);

    public Task FollowupAsync(string applicationId, string interactionToken, JsonObject message, DiscordAttachment? attachment, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"/webhooks/{applicationId}/{interactionToken}", message) { Attachment = attachment }, cancellationToken);

    public Task DeleteOriginalAsync(string applicationId, string interactionToken, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Delete, $"/webhooks/{applicationId}/{interactionToken}/messages/@original"), cancellationToken);

    public Task CreateMessageAsync(string channelId, JsonObject message, DiscordAttachment? attachment, CancellationToken cancellationToken) =>
        rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"/channels/{channelId}/messages", message) { Attachment = attachment }, cancellationToken);

    /// <summary>Starts a public thread (type 11) without a starter message; returns the thread's id.</summary>
    public async Task<string> StartThreadAsync(string channelId, string name, int autoArchiveMinutes, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = name.Length > 100 ? name[..100] : name,
            ["type"] = 11,
            ["auto_archive_duration"] = autoArchiveMinutes,
        };
        var thread = await rest.SendAsync(new DiscordRequest(HttpMethod.Post, $"/channels/{channelId}/threads", body), cancellationToken);
        return thread.GetProperty("id").GetString() ?? throw new JsonException("thread id missing");
    }
}
