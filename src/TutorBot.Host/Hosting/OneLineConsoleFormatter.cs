using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using TutorBot.Host.Cli;

namespace TutorBot.Host.Hosting;

/// <summary>
/// "warn: Category[0] message" on one line, as the simple console formatter writes it, except that an exception is
/// named in one line and its stack trace goes to the error log instead of the terminal.
/// </summary>
public sealed class OneLineConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "tutorbot";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var line = $"{Level(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}] {OneLine.From(message ?? "")}";
        if (logEntry.Exception is { } exception)
        {
            line += $" ({UnexpectedFailure.Record(exception, logEntry.Category)})";
        }

        textWriter.WriteLine(line);
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
