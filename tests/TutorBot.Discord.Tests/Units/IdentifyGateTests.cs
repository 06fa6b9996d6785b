using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Discord.Gateway;

namespace TutorBot.Discord.Tests.Units;

/// <summary>Identify buckets: shard_id % max_concurrency; two gates stand for two processes that cannot see each other.</summary>
public sealed class IdentifyGateTests
{
    // Windows of two shards sharing a bucket last 7.5 s (the 5 s interval and 2.5 s in which a late shard may still go).
    private const double WindowSeconds = 7.5;

    // The fake clock starts on a 7.5 s boundary (2000-01-01), the start of an even window.
    private readonly FakeTimeProvider _time = new();
    private readonly DateTimeOffset _start;

    public IdentifyGateTests() => _start = _time.GetUtcNow();

    [Fact]
    public async Task ShardsInDifferentBucketsIdentifyTogether()
    {
        var gate = Gate(maxConcurrency: 2, shardCount: 4);

        var first = gate.WaitAsync(0, CancellationToken.None);
        var second = gate.WaitAsync(1, CancellationToken.None);

        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ShardsOfOneBucketInOneProcessIdentifyAnIntervalApart()
    {
        var gate = Gate(maxConcurrency: 1, shardCount: 1);
        await gate.WaitAsync(0, CancellationToken.None);

        var again = gate.WaitAsync(0, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(again.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await again.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    [InlineData(2, 0)]
    public async Task ShardsOfOneBucketInTwoProcessesIdentifyInDifferentWindows(int firstShard, int secondShard)
    {
        var processA = Gate(maxConcurrency: 2, shardCount: 4);
        var processB = Gate(maxConcurrency: 2, shardCount: 4);

        // Shards 0 and 1 own the even windows (from 0 s), shards 2 and 3 the odd ones (from 7.5 s).
        var waits = new[] { (Shard: firstShard, Wait: processA.WaitAsync(firstShard, CancellationToken.None)), (Shard: secondShard, Wait: processB.WaitAsync(secondShard, CancellationToken.None)) };
        var now = waits.Single(w => w.Shard < 2).Wait;
        var next = waits.Single(w => w.Shard >= 2).Wait;

        await now.WaitAsync(TimeSpan.FromSeconds(5));
        await AssertOpensAtAsync(next, TimeSpan.FromSeconds(WindowSeconds));
    }

    [Fact]
    public async Task AShardWokenPastTheStartOfItsWindowWaitsForItsNextWindowRatherThanCrowdTheOtherShard()
    {
        var gate = Gate(maxConcurrency: 2, shardCount: 4);

        // Shard 2 owns the odd windows: 7.5-10 s is when it may go. Its timer fires only at 11 s, as on a busy machine.
        var late = gate.WaitAsync(2, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(11));
        await Task.Delay(50);
        Assert.False(late.IsCompleted, "a shard woken at 11 s identified inside the window of shard 0 (15 s)");

        await AssertOpensAtAsync(late, TimeSpan.FromSeconds(3 * WindowSeconds));
    }

    private IdentifyGate Gate(int maxConcurrency, int shardCount)
    {
        var gate = new IdentifyGate(Options.Create(new DiscordOptions()), _time);
        gate.Update(remaining: 1000, resetAfter: TimeSpan.FromDays(1), maxConcurrency, shardCount);
        return gate;
    }

    /// <summary>The wait is still on a millisecond before <paramref name="at"/> (from the start) and over at it.</summary>
    private async Task AssertOpensAtAsync(Task wait, TimeSpan at)
    {
        _time.Advance(_start + at - TimeSpan.FromMilliseconds(1) - _time.GetUtcNow());
        await Task.Delay(50);
        Assert.False(wait.IsCompleted, $"the wait ended before {at.TotalSeconds} s");

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
