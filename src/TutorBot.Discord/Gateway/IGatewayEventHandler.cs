using System.Text.Json;

namespace TutorBot.Discord.Gateway;

/// <summary>Receives dispatch events (INTERACTION_CREATE, MESSAGE_CREATE, ...); called off the receive loop.</summary>
public interface IGatewayEventHandler
{
    Task HandleAsync(string eventName, JsonElement data, CancellationToken cancellationToken);
}
