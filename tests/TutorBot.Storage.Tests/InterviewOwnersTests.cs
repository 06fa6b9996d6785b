using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Tests;

public sealed class InterviewOwnersTests : IDisposable
{
    private static readonly ConversationKey Thread = new("discord", "thread-1");
    private readonly StorageTutor _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
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
