using System.Text;
using TutorBot.Host.Cli;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>
/// Runs `tutorbot` in the test process (the same guarded entry point as the executable) with its console captured:
/// hundreds of hostile cases in seconds instead of one process start each.
/// </summary>
public static class InProcessCli
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, byte[]? stdin = null, TimeSpan? timeout = null)
    {
        await Gate.WaitAsync();
        var (stdout0, stderr0, stdin0, directory0) = (Console.Out, Console.Error, Console.In, Directory.GetCurrentDirectory());
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            Console.SetOut(TextWriter.Synchronized(stdout));
            Console.SetError(TextWriter.Synchronized(stderr));
            Console.SetIn(new StreamReader(new MemoryStream(stdin ?? []), new UTF8Encoding(false)));
            Directory.SetCurrentDirectory(RepoPaths.Root);
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
            var run = TutorProgram.RunAsync([.. args], cts.Token);
            if (await Task.WhenAny(run, Task.Delay(Timeout.Infinite, cts.Token).ContinueWith(_ => { }, TaskScheduler.Default)) != run)
            {
                throw new TimeoutException($"tutorbot {Describe(args)} did not finish in time");
            }

            var exitCode = await run;
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(stdout0);
            Console.SetError(stderr0);
            Console.SetIn(stdin0);
            Directory.SetCurrentDirectory(directory0);
            Gate.Release();
        }
    }

    /// <summary>The arguments with long ones shortened, for failure messages.</summary>
    public static string Describe(IEnumerable<string> args) =>
        string.Join(' ', args.Select(a => a.Length > 40 ? $"<{a.Length} chars: {a[..20]}...>" : $"'{a}'"));
}
