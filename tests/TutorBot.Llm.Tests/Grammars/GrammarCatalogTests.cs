using Microsoft.Extensions.DependencyInjection;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Llm.Tests.Grammars;

public sealed class GrammarCatalogTests : IDisposable
{
    private readonly TempDirectory _prompts = new();

    [Fact]
    public async Task AnInvalidGrammarFileIsFoundAtStartUpAndRefusedWithoutHarm()
    {
        _prompts.Write(Path.Combine("grammars", "yes-no.gbnf"), "root ::= \"yes\" | \"no\"\n");
        _prompts.Write(Path.Combine("grammars", "broken.gbnf"), "root ::= \"yes\" | answer\n");
        using var host = LlmTestHost.Build(new Dictionary<string, string?> { ["Bank:PromptsPath"] = _prompts.Path });
        await host.StartAsync();

        var catalog = host.Services.GetRequiredService<GrammarCatalog>();

        Assert.Equal(["broken", "yes-no"], catalog.All.Keys.Order());
        Assert.Equal("root ::= \"yes\" | \"no\"\n", catalog.Get("yes-no"));
        var error = Assert.Throws<InvalidOperationException>(() => catalog.Get("broken"));
        Assert.Equal($"grammar {_prompts.File(Path.Combine("grammars", "broken.gbnf"))} is invalid: 1:18: rule 'root' refers to undefined rule 'answer'", error.Message);
    }

    public void Dispose() => _prompts.Dispose();
}
