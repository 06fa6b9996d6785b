using System.Text.Json;
using TutorBot.Host.Tests.Robustness;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Privacy;

[Collection(ConsoleCollection.Name)]
public sealed class UserVerbTests : IDisposable
{
    private const string Answer = "keys and values of earlier tokens, kept so they are not recomputed 7f3a";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ExportWritesTheUsersAnswersAndDeleteLeavesNothingToExport()
    {
        var database = _dir.File("tutorbot.db");
        var file = _dir.File("ada.json");
        var chat = await CliRunner.RunAsync(["chat", "--jsonl", "--user", "ada", "--db", database], stdin: $"/interview 1 en\n{Answer}\n/quit\n");

        var export = await InProcessCli.RunAsync(["user", "export", "ada", "--out", file, "--db", database]);
        var delete = await InProcessCli.RunAsync(["user", "delete", "ada", "--db", database]);
        var again = await InProcessCli.RunAsync(["user", "export", "ada", "--db", database]);

        Assert.True(chat.ExitCode == 0, chat.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        var tables = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("tables");
        Assert.Contains(tables.GetProperty("answers").EnumerateArray(), row => row.GetProperty("text").GetString() == Answer);
        Assert.Equal(1, tables.GetProperty("users").GetArrayLength());
        Assert.True(delete.ExitCode == 0, delete.ToString());
        Assert.StartsWith("deleted ", delete.StdOut);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("error: nothing is stored about user 'ada' (console)", again.StdErr.Trim());
    }

    [Fact]
    public async Task AnswersDoNotReachTheLogAtInformationLevel()
    {
        var result = await CliRunner.RunAsync(
            ["chat", "--jsonl", "--user", "ada", "--db", _dir.File("tutorbot.db")],
            stdin: $"/interview 1 en\n{Answer}\n/quit\n",
            environment: new Dictionary<string, string> { ["TUTORBOT__Logging__LogLevel__Default"] = "Information" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("info:", result.StdErr);
        Assert.DoesNotContain("7f3a", result.StdErr);
    }
}
