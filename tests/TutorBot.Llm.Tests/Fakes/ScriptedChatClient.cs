using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Tests.Fakes;

/// <summary>A chat client that replies with the next scripted message and records what it was asked.</summary>
public sealed class ScriptedChatClient(params ChatMessage[] replies) : IChatClient
{
    private readonly Queue<ChatMessage> _replies = new(replies);

    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add((messages.ToList(), options));
        return Task.FromResult(new ChatResponse(_replies.Dequeue()));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the scripted client answers whole replies only");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
