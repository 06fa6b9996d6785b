using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Conversation;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Discord.Interactions;

/// <summary>Calls the TutorService in its own DI scope, keyed by the Discord channel or thread and the Discord user.</summary>
public sealed class ScopedTutor(IServiceScopeFactory scopes)
{
    public const string Frontend = "discord";

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(
        string channelId,
        string userId,
        string userName,
        TutorIntent intent,
        CancellationToken cancellationToken = default)
    {
        var input = new TutorInput(new ConversationKey(Frontend, channelId), new UserRef(Frontend, userId, userName), intent);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITutorService>().HandleAsync(input, cancellationToken);
    }

    /// <summary>The channel or thread of the user's running interview, as stored; null when none runs.</summary>
    public async Task<string?> RunningInterviewChannelAsync(string userId, string userName, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var running = await scope.ServiceProvider.GetRequiredService<ITutorService>().FindRunningInterviewAsync(new UserRef(Frontend, userId, userName), cancellationToken);
        return running?.Frontend == Frontend ? running.ChannelId : null;
    }
}
