using System.Text.Json;
using TutorBot.Core.Bank;

namespace TutorBot.Discord.Interactions;

/// <summary>The parts of an INTERACTION_CREATE payload the bot uses.</summary>
public sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string ChannelId,
    string? GuildId,
    string UserId,
    string UserName,
    JsonElement Data)
{
    /// <summary>Discord's channel type: 0 guild text, 1 DM, 10-12 threads; null when the payload did not say.</summary>
    public int? ChannelType { get; init; }

    /// <summary>The user's client language ("en-US", "zh-CN"), used for the bot's own short notices.</summary>
    public string Locale { get; init; } = "en-US";

    public bool Chinese => Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public Language Language => Chinese ? Language.Zh : Language.En;

    public bool InThread => ChannelType is 10 or 11 or 12;

    /// <summary>Reads an interaction; null when a required field is missing (the payload is then only logged).</summary>
    public static Interaction? TryParse(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var user = data.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var memberUser) ? memberUser
            : data.TryGetProperty("user", out var directUser) ? directUser : default;
        var id = String(data, "id");
        var applicationId = String(data, "application_id");
        var token = String(data, "token");
        var channelId = String(data, "channel_id") ?? (data.TryGetProperty("channel", out var c) ? String(c, "id") : null);
        var userId = user.ValueKind == JsonValueKind.Object ? String(user, "id") : null;
        if (id is null || applicationId is null || token is null || channelId is null || userId is null
            || !data.TryGetProperty("type", out var type) || !type.TryGetInt32(out var typeValue))
        {
            return null;
        }

        var name = String(user, "global_name") ?? String(user, "username") ?? userId;
        int? channelType = data.TryGetProperty("channel", out var channel) && channel.TryGetProperty("type", out var ct) && ct.TryGetInt32(out var ctValue) ? ctValue : null;
        return new Interaction(id, applicationId, typeValue, token, channelId, String(data, "guild_id"), userId, name,
            data.TryGetProperty("data", out var payload) ? payload : default)
        {
            ChannelType = channelType,
            Locale = String(data, "locale") ?? "en-US",
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
