using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// With MESSAGE_CONTENT enabled, a plain message from the interview's owner in its thread is free text: an answer,
/// or a question for the tutor when it reads as one. Where the owner's interview runs is read from storage.
/// </summary>
public sealed class ThreadMessageHandler(
    ScopedTutor tutor,
    IInterviewOwners owners,
    ReplySender sender,
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
            || author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True)
        {
            return Task.CompletedTask;
        }

        var content = Text(message, "content")?.Trim();
        if (string.IsNullOrEmpty(content) || !deduplicator.FirstTime("message:" + messageId))
        {
            return Task.CompletedTask;
        }

        var name = Text(author, "global_name") ?? Text(author, "username") ?? userId;
        return queue.Enqueue(userId, async () =>
        {
            if (!await RunsInterviewInAsync(userId, channelId))
            {
                return;
            }

            if (content.Length > options.Value.MaxAnswerLength)
            {
                logger.LogWarning("Rejected a {Length}-character answer from user {UserId}", content.Length, userId);
                await SendSafelyAsync(channelId, [new DiscordMessage(Phrases.ThreadAnswerTooLong(LanguageDetector.Detect(content), Mention.User(userId), content.Length, options.Value.MaxAnswerLength))]);
                return;
            }

            var replies = await tutor.HandleAsync(channelId, userId, name, new FreeText(content));
            await SendSafelyAsync(channelId, ReplyRenderer.Render(replies, interviewButtons: true));
        });
    }

    /// <summary>Reads only the channel's owners, so that other people's messages store nothing about them.</summary>
    private async Task<bool> RunsInterviewInAsync(string userId, string channelId)
    {
        try
        {
            var running = await owners.ActiveInAsync(new ConversationKey(ScopedTutor.Frontend, channelId));
            return running.Any(o => o.Frontend == ScopedTutor.Frontend && o.UserId == userId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not read who runs the interview in {ChannelId}: {Error}", channelId, exception.Message);
            return false;
        }
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
