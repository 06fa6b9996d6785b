using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>With MESSAGE_CONTENT enabled, a plain message from the interview's owner in its thread is an answer.</summary>
public sealed class ThreadMessageHandler(
    ScopedTutor tutor,
    ReplySender sender,
    UserLimits limits,
    PerUserQueue queue,
    EventDeduplicator deduplicator,
    IOptions<DiscordOptions> options,
    ILogger<ThreadMessageHandler> logger)
{
    public Task HandleAsync(JsonElement message)
    {
        if (!options.Value.EnableMessageContent
            || message.ValueKind != JsonValueKind.Object
            || Text(message, "channel_id") is not { } channelId
            || Text(message, "id") is not { } messageId
            || !message.TryGetProperty("author", out var author)
            || Text(author, "id") is not { } userId
            || author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True
            || !limits.IsInterviewThread(channelId)
            || limits.ActiveInterview(userId) != channelId)
        {
            return Task.CompletedTask;
        }

        var content = Text(message, "content")?.Trim();
        if (string.IsNullOrEmpty(content) || !deduplicator.FirstTime("message:" + messageId))
        {
            return Task.CompletedTask;
        }

        if (content.Length > options.Value.MaxAnswerLength)
        {
            logger.LogWarning("Rejected a {Length}-character answer from user {UserId}", content.Length, userId);
            return SendSafelyAsync(channelId, [new DiscordMessage($"<@{userId}> your answer has {content.Length} characters; the limit is {options.Value.MaxAnswerLength}.")]);
        }

        var name = Text(author, "global_name") ?? Text(author, "username") ?? userId;
        return queue.Enqueue(userId, async () =>
        {
            var replies = await tutor.HandleAsync(channelId, userId, name, content);
            await SendSafelyAsync(channelId, ReplyRenderer.Render(replies, interviewButtons: true));
        });
    }

    private async Task SendSafelyAsync(string channelId, IReadOnlyList<DiscordMessage> messages)
    {
        try
        {
            await sender.PostAsync(channelId, messages);
        }
        catch (DiscordRestException exception)
        {
            logger.LogError("Could not post to channel {ChannelId}: {Error}", channelId, exception.Message);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
