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
    [InlineData(0, 2, WindowSeconds)]
    [InlineData(1, 3, WindowSeconds)]
    [InlineData(2, 0, WindowSeconds)]
    public async Task ShardsOfOneBucketInTwoProcessesIdentifyInDifferentWindows(int firstShard, int secondShard, double secondsApart)
    {
        var processA = Gate(maxConcurrency: 2, shardCount: 4);
        var processB = Gate(maxConcurrency: 2, shardCount: 4);

        var first = CompletionTime(processA.WaitAsync(firstShard, CancellationToken.None));
        var second = CompletionTime(processB.WaitAsync(secondShard, CancellationToken.None));
        await AdvanceUntilAsync(Task.WhenAll(first, second));

        Assert.InRange(((await second) - (await first)).Duration().TotalSeconds, secondsApart - 0.15, secondsApart + 0.15);
    }

    [Fact]
    public async Task AShardWokenPastTheStartOfItsWindowWaitsForItsNextWindowRatherThanCrowdTheOtherShard()
    {
        var gate = Gate(maxConcurrency: 2, shardCount: 4);

        // Shard 2 owns the odd windows: 7.5-10 s is when it may go. Its timer fires only at 11 s, as on a busy machine.
        var late = CompletionTime(gate.WaitAsync(2, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(11));
        await Task.Delay(50);
        Assert.False(late.IsCompleted, "a shard woken at 11 s identified inside the window of shard 0 (15 s)");

        await AdvanceUntilAsync(late);
        Assert.InRange((await late - _start).TotalSeconds, 3 * WindowSeconds, 3 * WindowSeconds + 0.5);
    }

    private IdentifyGate Gate(int maxConcurrency, int shardCount)
    {
        var gate = new IdentifyGate(Options.Create(new DiscordOptions()), _time);
        gate.Update(remaining: 1000, resetAfter: TimeSpan.FromDays(1), maxConcurrency, shardCount);
        return gate;
    }

    private Task<DateTimeOffset> CompletionTime(Task wait) =>
        wait.ContinueWith(_ => _time.GetUtcNow(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>Moves the fake clock in 100 ms steps until the waits are over.</summary>
    private async Task AdvanceUntilAsync(Task waits)
    {
        for (var step = 0; step < 200 && !waits.IsCompleted; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        await waits.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
