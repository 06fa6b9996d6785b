using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Model;
using TutorBot.Llm.Hosting;
using TutorBot.Llm.Templates;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Testing;
using TutorBot.Testing.Gguf;

namespace TutorBot.Llm.Tests.Hosting;

public sealed class ModelLoadingTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task AGeneratedModelLoadsWithItsOwnChatTemplate()
    {
        var path = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));

        await using var host = await StartedModelHost.StartAsync(path);

        Assert.Equal("gguf", host.Model.Formatter.Name);
        Assert.Equal((512, 4), (host.Model.Plan.ContextSize, host.Model.Plan.Sequences));
        Assert.Equal("<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n", host.Model.Formatter.Format([new ChatTurn("user", "hi")]));
    }

    [Fact]
    public async Task AModelWithoutAChatTemplateIsSpokenToInChatMl()
    {
        var path = TinyLlamaGguf.Write(_directory.File("plain.gguf"), new TinyLlamaSpec { ChatTemplate = null });

        await using var host = await StartedModelHost.StartAsync(path);

        Assert.IsType<ChatMlFormatter>(host.Model.Formatter);
    }

    [Fact]
    public async Task AQuantizedModelLoads()
    {
        var path = TinyLlamaGguf.WriteQuantized(_directory.File("q8.gguf"), "q8_0");

        await using var host = await StartedModelHost.StartAsync(path);

        Assert.True(host.State.IsLoaded);
        Assert.True(new FileInfo(path).Length < host.Model.Metadata.ParameterCount * 2);
    }

    public static TheoryData<string, Func<TempDirectory, string>, string> BadFiles => new()
    {
        { "missing", d => d.File("absent.gguf"), "model file not found: " },
        { "not gguf", d => d.Write("text.gguf", "plain text, not a model"), "is not a GGUF model file" },
        { "truncated", d => Truncate(TinyLlamaGguf.Write(d.File("cut.gguf"))), "is truncated" },
        {
            "missing tensor",
            d => TinyLlamaGguf.Write(d.File("holes.gguf"), new TinyLlamaSpec { OmitTensors = new HashSet<string> { "blk.1.ffn_up.weight" } }),
            "missing tensor 'blk.1.ffn_up.weight'"
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileLeavesTheBotRunningWithoutAModelAndSaysWhy(string _, Func<TempDirectory, string> write, string expected)
    {
        var path = write(_directory);

        await using var host = await StartedModelHost.StartAsync(path);

        Assert.False(host.State.IsLoaded);
        Assert.Contains(expected, host.State.UnavailableReason);
        Assert.Contains(path, host.State.UnavailableReason);
        var model = host.Host.Services.GetRequiredService<ITutorModel>();
        Assert.False(model.IsAvailable);
        Assert.Equal(host.State.UnavailableReason, model.UnavailableReason);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFileStopsStartUpWhenTheModelIsRequired(string _, Func<TempDirectory, string> write, string expected)
    {
        var host = LlmTestHost.ForModel(write(_directory), ("Llm:Required", "true"));

        var error = await Assert.ThrowsAsync<ModelLoadException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message);
        await ((IAsyncDisposable)host).DisposeAsync();
    }

    [Fact]
    public async Task WithNoModelConfiguredTheTutorModelBehavesAsNoTutorModel()
    {
        using var host = LlmTestHost.Build(new Dictionary<string, string?>());
        await host.StartAsync();

        var model = host.Services.GetRequiredService<ITutorModel>();
        var plain = new NoTutorModel();

        Assert.False(model.IsAvailable);
        Assert.Equal(plain.UnavailableReason, model.UnavailableReason);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => model.CompleteAsync(new ModelRequest("judge", new Dictionary<string, object?>())));
        Assert.Equal(
            (await Assert.ThrowsAsync<InvalidOperationException>(() => plain.CompleteAsync(new ModelRequest("judge", new Dictionary<string, object?>())))).Message,
            error.Message);
    }

    [Fact]
    public async Task AModelThatDoesNotFitTheGpuBudgetIsRefused()
    {
        var path = TinyLlamaGguf.Write(_directory.File("tiny.gguf"));

        await using var host = await StartedModelHost.StartAsync(path, ("Llm:GpuMemoryBudget", "100KB"));

        Assert.False(host.State.IsLoaded);
        Assert.Contains("does not fit Llm:GpuMemoryBudget", host.State.UnavailableReason);
    }

    [Fact]
    public async Task AModelOverTheGpuBudgetLoadsWithASmallerContext()
    {
        var path = TinyLlamaGguf.Write(_directory.File("tiny.gguf"), new TinyLlamaSpec { TrainingContext = 8192 });

        // 256 bytes of KV cache per token: context 4096 x 4 sequences needs about 5.2 MB in all, context 2048 x 4 about 2.9 MB.
        await using var host = await StartedModelHost.StartAsync(path, ("Llm:ContextSize", "4096"), ("Llm:GpuMemoryBudget", "4MB"));

        Assert.True(host.State.IsLoaded, host.State.UnavailableReason);
        Assert.True(host.Model.Plan.Reduced);
        Assert.Equal((2048, 4), (host.Model.Plan.ContextSize, host.Model.Plan.Sequences));
    }

    [Fact]
    public async Task TheContextNeverExceedsTheModelsTrainingContext()
    {
        var path = TinyLlamaGguf.Write(_directory.File("short.gguf"), new TinyLlamaSpec { TrainingContext = 1024 });

        await using var host = await StartedModelHost.StartAsync(path, ("Llm:ContextSize", "4096"));

        Assert.Equal(1024, host.Model.Plan.ContextSize);
    }

    private static string Truncate(string path)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);
        return path;
    }

    public void Dispose() => _directory.Dispose();
}
