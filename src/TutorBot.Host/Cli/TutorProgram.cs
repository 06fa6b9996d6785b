using System.CommandLine;
using System.CommandLine.Parsing;

namespace TutorBot.Host.Cli;

/// <summary>
/// The whole `tutorbot` run behind one guard: a bad command line, a known failure or anything unexpected ends in one
/// line on stderr and a non-zero exit code, never a stack trace.
/// </summary>
public static class TutorProgram
{
    /// <summary>How long a verb may take to wind down after SIGTERM or Ctrl+C (the host's own shutdown limit is 30 s).</summary>
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(35);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var verb = "tutorbot";
        try
        {
            var parseResult = TutorCli.Create().Parse(args);
            verb = CommandPath(parseResult.CommandResult);
            if (parseResult.Errors.Count > 0)
            {
                var problems = string.Join("; ", parseResult.Errors.Select(e => OneLine.From(e.Message).TrimEnd('.')));
                Console.Error.WriteLine($"error: {problems} (see `tutorbot --help`)");
                return ExitCodes.BadArguments;
            }

            return await parseResult.InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,

                // SIGTERM/Ctrl+C cancel the verb; the default 2 s before a forced exit would cut short a bot finishing its turns.
                ProcessTerminationTimeout = ShutdownGrace,
            }, cancellationToken);
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            Console.Error.WriteLine(failure.Message);
            return failure.ExitCode;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine(UnexpectedFailure.Report(ex, verb));
            return ExitCodes.Failed;
        }
    }

    /// <summary>A crash on a background thread cannot be caught; it still ends in one line, a log entry and exit code 1.</summary>
    public static void GuardBackgroundThreads() =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Console.Error.WriteLine(UnexpectedFailure.Report(e.ExceptionObject as Exception ?? new Exception(e.ExceptionObject?.ToString()), "tutorbot"));
            Console.Error.Flush();
            Environment.Exit(ExitCodes.Failed);
        };

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? symbol = result; symbol is CommandResult command; symbol = command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }
}
