using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Discord.Commands;
using TutorBot.Discord.Gateway;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord;

/// <summary>The bot: registers the slash commands, then keeps the gateway connection up until the host stops.</summary>
public sealed class DiscordBotService(
    CommandRegistrar registrar,
    DiscordGatewayClient gateway,
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
