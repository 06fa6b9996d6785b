using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Conversation;

namespace TutorBot.Discord.Interactions;

/// <summary>Calls the TutorService in its own DI scope, keyed by the Discord channel or thread and the Discord user.</summary>
public sealed class ScopedTutor(IServiceScopeFactory scopes, UserLimits limits)
{
    public const string Frontend = "discord";

    public async Task<IReadOnlyList<TutorReply>> HandleAsync(
        string channelId,
        string userId,
        string userName,
        string text,
        IReadOnlyDictionary<string, string>? arguments = null,
        CancellationToken cancellationToken = default)
    {
        var input = new TutorInput(new ConversationKey(Frontend, channelId), new UserRef(Frontend, userId, userName), text)
        {
            Arguments = arguments ?? new Dictionary<string, string>(),
        };
        await using var scope = scopes.CreateAsyncScope();
        var replies = await scope.ServiceProvider.GetRequiredService<ITutorService>().HandleAsync(input, cancellationToken);
        if (replies.Any(r => r.Kind == ReplyKind.Summary))
        {
            limits.EndInterviewIn(channelId);
        }

        return replies;
    }
}
