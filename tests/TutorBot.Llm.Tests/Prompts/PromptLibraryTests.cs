using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using TutorBot.Core.Bank;
using TutorBot.Llm.Prompts;
using TutorBot.Testing;

namespace TutorBot.Llm.Tests.Prompts;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly TempDirectory _prompts = new();

    public void Dispose() => _prompts.Dispose();

    [Fact]
    public async Task APromptIsReadOnceAndRenderedWithEachCallsVariables()
    {
        var file = _prompts.Write("hello.txt", "<message role=\"user\">Hello {{$name}}.</message>");
        var library = new PromptLibrary(Options.Create(new BankOptions { PromptsPath = _prompts.Path }), new Kernel());

        var first = await library.RenderAsync("hello", new Dictionary<string, object?> { ["name"] = "Ada" });
        File.WriteAllText(file, "<message role=\"user\">Changed.</message>");
        var second = await library.RenderAsync("hello", new Dictionary<string, object?> { ["name"] = "Lin" });

        Assert.Equal("Hello Ada.", Assert.Single(first).Text);
        Assert.Equal("Hello Lin.", Assert.Single(second).Text);
    }

    [Fact]
    public async Task AMissingPromptNamesItsPath()
    {
        var library = new PromptLibrary(Options.Create(new BankOptions { PromptsPath = _prompts.Path }), new Kernel());

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => library.RenderAsync("absent", new Dictionary<string, object?>()));

        Assert.Contains(Path.Combine(_prompts.Path, "absent.txt"), error.Message);
    }
}
