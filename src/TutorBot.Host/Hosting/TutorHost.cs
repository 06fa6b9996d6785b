using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using TutorBot.BankFiles;
using TutorBot.Calculators;
using TutorBot.Core;
using TutorBot.Discord;
using TutorBot.Host.Cli;
using TutorBot.Llm;
using TutorBot.Retrieval;
using TutorBot.Retrieval.Text;
using TutorBot.Storage;

namespace TutorBot.Host.Hosting;

/// <summary>The composition root: configuration from ./appsettings.json, TUTORBOT__ variables and the command line.</summary>
public static class TutorHost
{
    public static HostApplicationBuilder CreateBuilder(ParseResult parseResult, HostParts parts = HostParts.All)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(TutorHost).Assembly, optional: true)
            .AddEnvironmentVariables("TUTORBOT__");
        var overrides = new Dictionary<string, string?>();
        if (parseResult.GetValue(GlobalOptions.Database) is { Length: > 0 } database)
        {
            overrides["Storage:Path"] = database;
        }

        if (parseResult.GetValue(GlobalOptions.Model) is { Length: > 0 } model)
        {
            overrides["Llm:ModelPath"] = model;
        }

        if (parseResult.GetValue(GlobalOptions.LlmProvider) is { Length: > 0 } provider)
        {
            overrides["Llm:Provider"] = provider;
        }

        if (parseResult.GetValue(GlobalOptions.LlmEndpoint) is { Length: > 0 } endpoint)
        {
            overrides["Llm:Endpoint"] = endpoint;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole(o => o.FormatterName = OneLineConsoleFormatter.FormatterName)
            .AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>();

        // Logs go to stderr so that stdout carries only the verb's output (JSON, transcripts).
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // The host logs a start-up failure with its stack trace and then rethrows it; the verb reports it in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.AddBankFiles();
        builder.AddTutorCore();
        if (parts.HasFlag(HostParts.Calculators))
        {
            builder.AddCalculators();
        }

        if (parts.HasFlag(HostParts.Search))
        {
            builder.AddTextAnalysis();
            builder.AddRetrieval();
        }

        if (parts.HasFlag(HostParts.Model))
        {
            builder.AddLlm();
        }

        if (parts.HasFlag(HostParts.Storage))
        {
            builder.AddStorage();
        }

        if (parts.HasFlag(HostParts.Discord))
        {
            builder.AddDiscord();
        }

        return builder;
    }
}
