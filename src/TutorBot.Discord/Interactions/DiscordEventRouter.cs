using System.Text.Json;
using Microsoft.Extensions.Logging;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;
using TutorBot.Core.Persistence;
using TutorBot.Discord.Gateway;

namespace TutorBot.Discord.Interactions;

/// <summary>Routes gateway dispatches to the handlers; events the bot does not use are ignored.</summary>
public sealed class DiscordEventRouter(
    InteractionHandler interactions,
    ThreadMessageHandler messages,
    ScopedTutor tutor,
    IInterviewOwners owners,
    ILogger<DiscordEventRouter> logger) : IGatewayEventHandler
{
    public Task HandleAsync(string eventName, JsonElement data, CancellationToken cancellationToken)
    {
        switch (eventName)
        {
            case "INTERACTION_CREATE":
                return interactions.HandleAsync(data);
            case "MESSAGE_CREATE":
                return messages.HandleAsync(data);
            case "THREAD_DELETE" when data.ValueKind == JsonValueKind.Object && data.TryGetProperty("id", out var id) && id.GetString() is { } threadId:
                return EndInterviewsInAsync(threadId);
            default:
                logger.LogTrace("Ignored dispatch {Event}", eventName);
                return Task.CompletedTask;
        }
    }

    /// <summary>An interview whose thread was deleted can no longer be seen, so it ends rather than block its owner's next one.</summary>
    private async Task EndInterviewsInAsync(string threadId)
    {
        try
        {
            foreach (var owner in await owners.ActiveInAsync(new ConversationKey(ScopedTutor.Frontend, threadId)))
            {
                await tutor.HandleAsync(threadId, owner.UserId, owner.DisplayName, new EndInterview());
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Could not end the interview of deleted thread {ThreadId}: {Error}", threadId, exception.Message);
        }
    }
}
