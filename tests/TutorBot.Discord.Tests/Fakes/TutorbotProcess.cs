using TutorBot.Testing;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>
/// Runs tutorbot.dll from the Host project's own output folder: this test project's bin folder cannot run it,
/// because the ASP.NET Core framework reference (for the fake Discord) keeps Microsoft.Extensions.* out of it.
/// </summary>
public static class TutorbotProcess
{
    public static string Dll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "TutorBot.Host", "bin", configuration, framework.Name, "tutorbot.dll");
        }
    }

    public static Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        CliRunner.RunAsync(args, environment: environment, timeout: timeout, dll: Dll);
}
