using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Host.Hosting;

namespace TutorBot.Host.Commands;

/// <summary>Builds the host for the search, ask, eval and bench verbs, turning start-up failures into one-line errors.</summary>
public static class RetrievalServices
{
    public static IHost? BuildOrReport(ParseResult parseResult, out int exitCode)
    {
        exitCode = Cli.ExitCodes.Ok;
        try
        {
            var host = TutorHost.CreateBuilder(parseResult).Build();
            _ = host.Services.GetRequiredService<QuestionBank>();
            return host;
        }
        catch (InvalidBankException e)
        {
            Console.Error.WriteLine(e.Message);
            exitCode = Cli.ExitCodes.Failed;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"error: invalid configuration: {e.Message}");
            exitCode = Cli.ExitCodes.BadArguments;
        }

        return null;
    }
}
