using System.Text.Json;
using Microsoft.Extensions.Logging;
using TutorBot.Discord.Gateway;

namespace TutorBot.Discord.Interactions;

/// <summary>Routes gateway dispatches to the handlers; events the bot does not use are ignored.</summary>
public sealed class DiscordEventRouter(
    InteractionHandler interactions,
    ThreadMessageHandler messages,
    UserLimits limits,
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
                limits.EndInterviewIn(threadId);
                return Task.CompletedTask;
            default:
                logger.LogTrace("Ignored dispatch {Event}", eventName);
                return Task.CompletedTask;
        }
    }
}
