using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;
using TutorBot.Storage.Tests.Providers;

namespace TutorBot.Storage.Tests;

/// <summary>Run against every provider: see SqliteRequestCooldownTests and PostgresRequestCooldownTests.</summary>
public abstract class RequestCooldownTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly StorageTutor _storage;

    protected RequestCooldownTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    public void Dispose() => _storage.Dispose();

    [StoreFact]
    public async Task ACooldownHoldsUntilItRunsOutThenStartsAgainAndEachUserHasTheirOwn()
    {
        var cooldowns = _storage.Get<IRequestCooldowns>();
        var ada = new UserRef("discord", "1", "Ada");

        Assert.Null(await cooldowns.TryStartAsync(ada, Now, Minute));
        Assert.Equal(TimeSpan.FromSeconds(50), await cooldowns.TryStartAsync(ada, Now.AddSeconds(10), Minute));
        Assert.Null(await cooldowns.TryStartAsync(new UserRef("discord", "2", "Bo"), Now.AddSeconds(10), Minute));
        Assert.Null(await cooldowns.TryStartAsync(ada, Now.AddSeconds(60), Minute));
        Assert.Equal(TimeSpan.FromSeconds(59), await cooldowns.TryStartAsync(ada, Now.AddSeconds(61), Minute));
    }

    [StoreFact]
    public async Task ManyRequestsOfOneUserAtOnceLetExactlyOneThrough()
    {
        var cooldowns = _storage.Get<IRequestCooldowns>();
        var ada = new UserRef("discord", "1", "Ada");

        var waits = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => cooldowns.TryStartAsync(ada, Now, Minute))));

        Assert.Single(waits, w => w is null);
    }
}
