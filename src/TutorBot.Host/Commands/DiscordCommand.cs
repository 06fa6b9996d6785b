using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Conversation;
using TutorBot.Discord;
using TutorBot.Host.Cli;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

public static class DiscordCommand
{
    public static Command Create()
    {
        var command = new Command("discord", "Run the Discord bot until Ctrl+C (token from TUTORBOT__DISCORD__TOKEN or user-secrets Discord:Token).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var builder = TutorHost.CreateBuilder(parseResult);
            if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.SectionName}:Token"]))
            {
                Console.Error.WriteLine("error: no Discord bot token; set TUTORBOT__DISCORD__TOKEN or run `dotnet user-secrets set Discord:Token <token> --project src/TutorBot.Host`");
                return ExitCodes.BadArguments;
            }

            builder.Services.AddDiscordBot();
            using var host = builder.Build();
            if (!host.Services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(ITutorService)))
            {
                Console.Error.WriteLine("error: this build has no TutorService to answer Discord users");
                return ExitCodes.Failed;
            }

            var status = host.Services.GetRequiredService<DiscordBotStatus>();
            try
            {
                Console.Error.WriteLine("TutorBot is starting on Discord; Ctrl+C stops it.");
                await host.RunAsync(cancellationToken);
            }
            catch (OptionsValidationException exception)
            {
                Console.Error.WriteLine($"error: invalid Discord settings: {string.Join("; ", exception.Failures)}");
                return ExitCodes.BadArguments;
            }

            if (status.FatalError is { } fatal)
            {
                Console.Error.WriteLine($"error: {fatal}");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
