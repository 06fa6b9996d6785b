using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Llm.Tests.Fakes;

namespace TutorBot.Llm.Tests.Tools;

/// <summary>The local model's replies, held to the tool grammar, come back as function calls.</summary>
public sealed class LocalToolCallTests(TinyModelFixture fixture) : IClassFixture<TinyModelFixture>
{
    [Fact]
    public async Task ARequiredCallComesBackAsAFunctionCall()
    {
        var chat = fixture.Host.Services.GetRequiredService<IChatClient>();
        var ping = AIFunctionFactory.Create(() => "pong", "ping", "Answers pong.");
        var options = new ChatOptions { Tools = [ping], ToolMode = ChatToolMode.RequireSpecific("ping"), MaxOutputTokens = 64, Seed = 3 };

        var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.User, "Call ping.")], options);

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("ping", call.Name);
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }
}
