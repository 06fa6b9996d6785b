using System.Text.Json;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Host.Tests.Llm;

public sealed class ModelInspectVerbTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task InspectPrintsTheSameKvCacheBytesPerTokenAsTheCalculator()
    {
        var spec = new TinyLlamaSpec { Embedding = 128, Layers = 3, Heads = 8, KvHeads = 2, FeedForward = 256 };
        var model = TinyLlamaGguf.Write(_directory.File("gqa.gguf"), spec);

        var inspect = await CliRunner.RunAsync(["model", "inspect", model, "--context", "1024", "--sequences", "2", "--json"]);
        var calc = await CliRunner.RunAsync(["calc", "kv-cache", "--layers", "3", "--heads", "8", "--kv-heads", "2", "--head-dim", "16",
            "--context", "1024", "--batch", "2", "--dtype", "fp16", "--json"]);

        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.True(calc.ExitCode == 0, calc.ToString());
        using var inspected = JsonDocument.Parse(inspect.StdOut);
        using var calculated = JsonDocument.Parse(calc.StdOut);
        var kv = inspected.RootElement.GetProperty("kv_cache_estimate");
        Assert.Equal(2 * 2 * 3 * 2 * 16, kv.GetProperty("bytes_per_token").GetInt64());
        Assert.Equal(calculated.RootElement.GetProperty("result").GetProperty("bytes_per_token").GetDouble(), kv.GetProperty("bytes_per_token").GetInt64());
        Assert.Equal(calculated.RootElement.GetProperty("result").GetProperty("bytes").GetDouble(), kv.GetProperty("bytes").GetInt64());
        Assert.Equal(3, inspected.RootElement.GetProperty("layers").GetInt32());
        Assert.Equal(2, inspected.RootElement.GetProperty("kv_heads").GetInt32());
    }

    [Fact]
    public async Task InspectShowsTheMemoryArithmeticAndRefusesWhatDoesNotFit()
    {
        var model = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));

        var fits = await CliRunner.RunAsync(["model", "inspect", model, "--context", "512", "--sequences", "1"]);
        var refused = await CliRunner.RunAsync(["model", "inspect", model, "--budget", "10KB"]);

        Assert.True(fits.ExitCode == 0, fits.ToString());
        Assert.Contains("256 bytes per token", fits.StdOut);
        Assert.Contains("256 bytes/token x 512 tokens x 1 sequences = 131,072 bytes", fits.StdOut);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("does not fit Llm:GpuMemoryBudget", refused.StdOut);
    }

    [Fact]
    public async Task AFileThatIsNotAModelIsOneClearLine()
    {
        var notModel = _directory.Write("notes.gguf", "not a model");

        var result = await CliRunner.RunAsync(["model", "inspect", notModel]);
        var missing = await CliRunner.RunAsync(["model", "inspect", _directory.File("absent.gguf")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {notModel} is not a GGUF model file (it does not start with 'GGUF')", result.StdErr.Trim());
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"error: model file not found: {_directory.File("absent.gguf")}", missing.StdErr.Trim());
    }

    public void Dispose() => _directory.Dispose();
}
