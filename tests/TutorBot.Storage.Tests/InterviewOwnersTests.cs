using TutorBot.Storage.Tests.Providers;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Tests;

/// <summary>Run against every provider: see SqliteInterviewOwnersTests and PostgresInterviewOwnersTests.</summary>
public abstract class InterviewOwnersTests : IDisposable
{
    private static readonly ConversationKey Thread = new("discord", "thread-1");
    private readonly StorageTutor _storage;

    protected InterviewOwnersTests() => _storage = new(database: folder => TestDatabase.For(this, folder));

    public void Dispose() => _storage.Dispose();

    [StoreFact]
    public async Task TheOwnersOfTheInterviewsRunningInAConversationAreReadBackLatestFirstAndAnEndedOneIsNotAmongThem()
    {
        var owners = _storage.Get<IInterviewOwners>();
        Assert.Empty(await owners.ActiveInAsync(Thread));

        await SayAsync("1", "Ada", "/interview 2 en");
        _storage.Clock.Advance(TimeSpan.FromMinutes(1));
        await SayAsync("2", "Bo", "/interview 2 en");
        Assert.Equal([("2", "Bo"), ("1", "Ada")], (await owners.ActiveInAsync(Thread)).Select(o => (o.UserId, o.DisplayName)));

        await SayAsync("2", "Bo", "/end");
        Assert.Equal([new UserRef("discord", "1", "Ada")], await owners.ActiveInAsync(Thread));
        Assert.Empty(await owners.ActiveInAsync(Thread with { ChannelId = "thread-2" }));
    }

    private Task<IReadOnlyList<TutorReply>> SayAsync(string userId, string name, string text) =>
        _storage.Service.HandleAsync(new TutorInput(Thread, new UserRef("discord", userId, name), _storage.Get<ChatLineParser>().Parse(text)));
}
