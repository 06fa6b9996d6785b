using System.CommandLine;
using TutorBot.Host.Cli;

try
{
    return await TutorCli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
{
    Console.Error.WriteLine(failure.Message);
    return failure.ExitCode;
}
