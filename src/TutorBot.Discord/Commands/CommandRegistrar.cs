using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord.Commands;

/// <summary>Registers the slash commands by bulk overwrite: to Discord:GuildId when set (instant), globally otherwise.</summary>
public sealed class CommandRegistrar(DiscordApi api, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var applicationId = string.IsNullOrEmpty(options.Value.ApplicationId)
            ? await api.GetApplicationIdAsync(cancellationToken)
            : options.Value.ApplicationId;
        var guildId = string.IsNullOrEmpty(options.Value.GuildId) ? null : options.Value.GuildId;
        await api.BulkOverwriteCommandsAsync(applicationId, guildId, SlashCommandCatalog.Build(), cancellationToken);
        logger.LogInformation("Registered {Count} slash commands {Scope}", SlashCommandCatalog.Names.Count, guildId is null ? "globally" : $"to guild {guildId}");
    }
}
