using TutorBot.Testing;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>The failures users met with a stack trace, run through the real executable: now one line and exit code 1 or 2.</summary>
public sealed class NamedFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ValidatingAnUnclosedFlowSequenceNamesFileLineAndColumn()
    {
        var file = _dir.Write("bank/bad.yaml", "- id: [unclosed\n  topic: x\n");

        var result = await CliRunner.RunAsync(["bank", "validate", Path.GetDirectoryName(file)!]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{file}:2:3: YAML syntax error", result.StdErr);
        OutputRule.Check(result, "bank validate");
    }

    [Fact]
    public async Task ChattingWithADirectoryAsTheDatabaseSaysSoInOneLine()
    {
        var result = await CliRunner.RunAsync(["--db", _dir.Path, "chat"], stdin: "/quit\n");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"error: {_dir.Path} is a directory, not a database file; point Storage:Path (--db) at a file.", result.StdErr.Trim());
    }

    [Fact]
    public async Task AnUnknownFlagIsOneLineAndExitCodeTwo()
    {
        var result = await CliRunner.RunAsync(["search", "attention", "--colour"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("error: Unrecognized command or argument '--colour' (see `tutorbot --help`)", result.StdErr.Trim());
        Assert.Equal("", result.StdOut);
    }
}
