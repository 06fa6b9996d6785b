using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>Sends rendered messages: as an interaction's edited original plus follow-ups, or into a channel.</summary>
public sealed class ReplySender(DiscordApi api, ILogger<ReplySender> logger)
{
    /// <summary>"Thinking..." now, the answer later; an ephemeral deferral makes the answer visible to the user alone.</summary>
    public Task DeferAsync(Interaction interaction, bool ephemeral = false)
    {
        var response = new JsonObject { ["type"] = (int)InteractionCallbackType.DeferredChannelMessageWithSource };
        if (ephemeral)
        {
            response["data"] = new JsonObject { ["flags"] = DiscordMessage.EphemeralFlag };
        }

        return api.RespondAsync(interaction.Id, interaction.Token, response, CancellationToken.None);
    }

    /// <summary>An immediate answer only the user sees (limits, bad input).</summary>
    public async Task EphemeralAsync(Interaction interaction, string text)
    {
        try
        {
            var message = new DiscordMessage(text) { Ephemeral = true }.ToJson();
            await api.RespondAsync(interaction.Id, interaction.Token, new JsonObject { ["type"] = (int)InteractionCallbackType.ChannelMessageWithSource, ["data"] = message }, CancellationToken.None);
        }
        catch (DiscordRestException exception)
        {
            logger.LogWarning("Could not answer interaction {InteractionId}: {Error}", interaction.Id, exception.Message);
        }
    }

    public Task RespondAsync(Interaction interaction, JsonObject response) =>
        api.RespondAsync(interaction.Id, interaction.Token, response, CancellationToken.None);

    /// <summary>The first message replaces the deferred "thinking..." response; the rest are follow-ups.</summary>
    public async Task CompleteAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages)
    {
        if (messages.Count == 0)
        {
            messages = [new DiscordMessage("✔")];
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var attachment = await AttachmentAsync(messages[i]);
            var json = attachment is null ? messages[i] with { AttachmentPath = null } : messages[i];
            if (i == 0)
            {
                await api.EditOriginalAsync(interaction.ApplicationId, interaction.Token, json.ToJson(), attachment, CancellationToken.None);
            }
            else
            {
                await api.FollowupAsync(interaction.ApplicationId, interaction.Token, json.ToJson(), attachment, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// After a deferral, answers so that only the user sees it: a deferred response cannot become ephemeral, so
    /// its "thinking..." message is deleted and the text goes out as an ephemeral follow-up.
    /// </summary>
    public async Task CompleteEphemeralAsync(Interaction interaction, string text)
    {
        await api.DeleteOriginalAsync(interaction.ApplicationId, interaction.Token, CancellationToken.None);
        await api.FollowupAsync(interaction.ApplicationId, interaction.Token, new DiscordMessage(text) { Ephemeral = true }.ToJson(), null, CancellationToken.None);
    }

    public async Task PostAsync(string channelId, IReadOnlyList<DiscordMessage> messages)
    {
        foreach (var message in messages)
        {
            var attachment = await AttachmentAsync(message);
            var json = attachment is null ? message with { AttachmentPath = null } : message;
            await api.CreateMessageAsync(channelId, json.ToJson(), attachment, CancellationToken.None);
        }
    }

    private async Task<DiscordAttachment?> AttachmentAsync(DiscordMessage message)
    {
        if (message.AttachmentPath is null)
        {
            return null;
        }

        try
        {
            return new DiscordAttachment(Path.GetFileName(message.AttachmentPath), await File.ReadAllBytesAsync(message.AttachmentPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not read attachment {Path}: {Error}", message.AttachmentPath, exception.Message);
            return null;
        }
    }
}
