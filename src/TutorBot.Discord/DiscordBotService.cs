using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Discord.Commands;
using TutorBot.Discord.Gateway;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord;

/// <summary>
/// The bot: registers the slash commands, then keeps the gateway connection up until the host stops. On stop the
/// gateway is closed with 1000, turns under way get Discord:ShutdownTimeout to finish, and any still open are handed back.
/// </summary>
public sealed class DiscordBotService(
    CommandRegistrar registrar,
    DiscordGatewayClient gateway,
    UnfinishedInteractions unfinished,
    DiscordBotStatus status,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RegisterCommandsAsync(stoppingToken);
            await gateway.RunAsync(stoppingToken);
            await unfinished.HandBackAsync();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is GatewayFatalException or DiscordRestException { IsAuthenticationFailure: true })
        {
            status.FatalError = exception.Message;
            logger.LogCritical("The Discord bot stopped: {Reason}", exception.Message);
            lifetime.StopApplication();
        }
    }

    /// <summary>A failed registration leaves the previous commands in place; the bot still serves them.</summary>
    private async Task RegisterCommandsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await registrar.RegisterAsync(stoppingToken);
        }
        catch (DiscordRestException exception) when (!exception.IsAuthenticationFailure)
        {
            logger.LogError("Could not register the slash commands: {Error}", exception.Message);
        }
    }
}
