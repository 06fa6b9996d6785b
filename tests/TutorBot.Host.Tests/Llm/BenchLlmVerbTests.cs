using System.Text.Json;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Host.Tests.Llm;

public sealed class BenchLlmVerbTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task BenchPrintsOneRowPerSessionCount()
    {
        var model = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));

        var result = await CliRunner.RunAsync(["bench", "llm", "--model", model, "--sessions", "1,3", "--tokens", "8", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal([1, 3], rows.Select(r => r.GetProperty("sessions").GetInt32()));
        Assert.All(rows, r =>
        {
            Assert.Equal(8, r.GetProperty("tokens").GetInt32());
            Assert.True(r.GetProperty("aggregate_tok_s").GetDouble() > 0);
            Assert.True(r.GetProperty("sequential_tok_s").GetDouble() > 0);
            Assert.True(r.GetProperty("ttft_ms").GetDouble() > 0);
            Assert.True(r.GetProperty("batched_vs_sequential").GetDouble() > 0);
        });
    }

    [Theory]
    [InlineData("--sessions", "1,x", "error: --sessions: expected positive whole numbers separated by commas, e.g. 1,2,4,8")]
    [InlineData("--tokens", "0", "error: --tokens must be a positive number")]
    [InlineData("--repeat", "0", "error: --repeat must be a positive number")]
    public async Task BadArgumentsAreOneLineAndExitCode2(string option, string value, string expected)
    {
        var model = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));

        var result = await CliRunner.RunAsync(["bench", "llm", "--model", model, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.StdErr.Trim());
    }

    [Fact]
    public async Task AModelThatFailsToLoadIsNamedWithItsReason()
    {
        var broken = TinyLlamaGguf.Write(_directory.File("holes.gguf"), new TinyLlamaSpec { OmitTensors = new HashSet<string> { "output_norm.weight" } });

        var result = await CliRunner.RunAsync(["bench", "llm", "--model", broken, "--sessions", "1", "--tokens", "4"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: could not load the model {broken}: missing tensor 'output_norm.weight'", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    public void Dispose() => _directory.Dispose();
}
