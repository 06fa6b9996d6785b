using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Model;
using TutorBot.Llm.Model;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Model;

public sealed class LlamaTutorModelTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    private ITutorModel Model => fixture.Host.Services.GetRequiredService<ITutorModel>();

    [Fact]
    public void TheLoadedModelReplacesNoTutorModel()
    {
        Assert.IsType<LlamaTutorModel>(Model);
        Assert.True(Model.IsAvailable);
        Assert.Null(Model.UnavailableReason);
    }

    [Fact]
    public async Task APromptTemplateIsRenderedAndItsGrammarShapesTheReply()
    {
        var text = await Model.CompleteAsync(new ModelRequest(
            "rate",
            new Dictionary<string, object?> { ["question"] = "Why scale by sqrt(d_k)?", ["answer"] = "<keeps softmax soft>" },
            GrammarName: "rating",
            MaxTokens: 32,
            UserKey: "alice"));

        using var json = JsonDocument.Parse(text);
        Assert.InRange(json.RootElement.GetProperty("rating").GetInt32(), 0, 9);
    }

    [Fact]
    public async Task AnUnknownPromptOrGrammarIsAClearError()
    {
        var noPrompt = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            Model.CompleteAsync(new ModelRequest("no-such-prompt", new Dictionary<string, object?>())));
        var noGrammar = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Model.CompleteAsync(new ModelRequest("hello", new Dictionary<string, object?>(), GrammarName: "no-such-grammar")));

        Assert.Contains("no-such-prompt.txt", noPrompt.Message);
        Assert.StartsWith("no grammar 'no-such-grammar'", noGrammar.Message);
    }
}
