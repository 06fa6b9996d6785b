using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Llm.Chat;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Tests.Fakes;
using TutorBot.Testing;

namespace TutorBot.Llm.Tests.Grammars;

/// <summary>Every grammar under prompts/grammars passes the check and constrains a real model without harm.</summary>
public sealed class ShippedGrammarTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    public static TheoryData<string> ShippedGrammars()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Prompts, "grammars"), "*.gbnf").Order())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedGrammars))]
    public async Task EachShippedGrammarPassesTheCheckAndSamples(string file)
    {
        var grammar = File.ReadAllText(Path.Combine(RepoPaths.Prompts, "grammars", file));

        Assert.Empty(GbnfChecker.Check(grammar));
        var chat = fixture.Host.Services.GetRequiredService<IChatClient>();
        var options = new ChatOptions { Seed = 2, MaxOutputTokens = 24, AdditionalProperties = new() { [LlamaChatOptions.Grammar] = grammar } };
        var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Answer.")], options);
        Assert.NotNull(response.Text);
    }
}
