using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.OpenAi;

/// <summary>At most a fixed number of requests in flight; a streamed reply holds its slot until the stream ends.</summary>
public sealed class BoundedChatClient(IChatClient inner, int maxConcurrentRequests) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrentRequests, maxConcurrentRequests);

    public int InFlight => maxConcurrentRequests - _slots.CurrentCount;

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
