using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Rendering;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Interactions acknowledged with a deferral whose reply has not gone out yet. When the bot stops and one is still
/// open after Discord:ShutdownTimeout, its user is told to try again instead of being left at "thinking...".
/// </summary>
public sealed class UnfinishedInteractions(DiscordApi api, ILogger<UnfinishedInteractions> logger)
{
    private readonly ConcurrentDictionary<string, Interaction> _open = new();

    public void Opened(Interaction interaction) => _open[interaction.Id] = interaction;

    public void Finished(Interaction interaction) => _open.TryRemove(interaction.Id, out _);

    public async Task HandBackAsync()
    {
        foreach (var interaction in _open.Values)
        {
            var text = Phrases.Restarting(interaction.Language);
            try
            {
                await api.EditOriginalAsync(interaction.ApplicationId, interaction.Token, new DiscordMessage(text).ToJson(), null, CancellationToken.None);
                logger.LogInformation("Handed interaction {InteractionId} back on stop", interaction.Id);
            }
            catch (DiscordRestException exception)
            {
                logger.LogWarning("Could not hand interaction {InteractionId} back: {Error}", interaction.Id, exception.Message);
            }
        }
    }
}
