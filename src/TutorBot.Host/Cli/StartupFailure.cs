using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;
using TutorBot.Core.Calculations;
using TutorBot.Llm.Hosting;
using TutorBot.Storage;

namespace TutorBot.Host.Cli;

/// <summary>Turns the failures a user can fix (an invalid bank, bad configuration or input) into a clear message and exit code, without a stack trace.</summary>
public sealed record StartupFailure(string Message, int ExitCode)
{
    public static StartupFailure? Describe(Exception exception) => Unwrap(exception) switch
    {
        InvalidBankException bank => new StartupFailure(string.Join(Environment.NewLine, bank.Errors) + Environment.NewLine + $"error: the question bank has {bank.Errors.Count} error(s); fix them and start again", ExitCodes.Failed),
        OptionsValidationException options => new StartupFailure("error: invalid configuration: " + string.Join("; ", options.Failures), ExitCodes.BadArguments),
        ModelLoadException model => new StartupFailure($"error: {model.Message}", ExitCodes.Failed),
        StorageException storage => new StartupFailure($"error: {storage.Message}", ExitCodes.Failed),
        CalculationException calculation => new StartupFailure($"error: --{calculation.Argument}: {calculation.Message}", ExitCodes.BadArguments),
        _ => null,
    };

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };
}
