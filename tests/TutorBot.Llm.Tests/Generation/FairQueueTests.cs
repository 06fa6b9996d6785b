using TutorBot.Llm.Generation;

namespace TutorBot.Llm.Tests.Generation;

public sealed class FairQueueTests
{
    [Fact]
    public void AUsersBurstWaitsBehindOtherUsersSingleRequests()
    {
        var queue = new FairQueue<string>(capacity: 10);
        queue.TryEnqueue("alice", "a1");
        queue.TryEnqueue("alice", "a2");
        queue.TryEnqueue("alice", "a3");
        queue.TryEnqueue("bob", "b1");
        queue.TryEnqueue("carol", "c1");

        var order = new List<string>();
        while (queue.TryDequeue(out var item))
        {
            order.Add(item);
        }

        Assert.Equal(["a1", "b1", "c1", "a2", "a3"], order);
    }

    [Fact]
    public void RefusesBeyondItsCapacity()
    {
        var queue = new FairQueue<int>(capacity: 2);

        Assert.True(queue.TryEnqueue("u", 1));
        Assert.True(queue.TryEnqueue("v", 2));
        Assert.False(queue.TryEnqueue("w", 3));
        Assert.Equal(2, queue.Count);
    }
}
