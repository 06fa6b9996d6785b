using TutorBot.Testing;

namespace TutorBot.Host.Tests.Llm;

public sealed class RequiredModelTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task ARequiredModelThatCannotLoadStopsStartUpWithTheReason()
    {
        var model = _directory.Write("notes.gguf", "not a model");

        var result = await CliRunner.RunAsync(
            ["chat", "--db", _directory.File("t.db"), "--model", model], "/quit\n",
            environment: new Dictionary<string, string> { ["TUTORBOT__LLM__REQUIRED"] = "true" });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"error: could not load the model: {model} is not a GGUF model file (it does not start with 'GGUF')",
            result.StdErr.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task AnOptionalModelThatCannotLoadLeavesTheBotRunningAndSaysSoOnce()
    {
        var model = _directory.Write("notes.gguf", "not a model");

        var result = await CliRunner.RunAsync(["chat", "--db", _directory.File("t.db"), "--model", model], "/help\n/quit\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.StdErr.Split('\n'), line => line.Contains("Running without a language model", StringComparison.Ordinal));
        Assert.NotEmpty(result.StdOut);
    }

    public void Dispose() => _directory.Dispose();
}
