using Microsoft.Extensions.Options;
using TutorBot.Core.Ask.Context;
using TutorBot.Core.Bank;
using TutorBot.Core.Persistence;

namespace TutorBot.Core.Conversation;

/// <summary>
/// Free questions inside a conversation: read against the asker's own latest questions in that conversation
/// (stored, bounded and expiring, never shared between users or channels) and answered in the asker's language.
/// </summary>
public sealed class ConversationAsk(QuestionDesk desk, IConversationContextStore contexts, TimeProvider time, IOptions<ConversationContextOptions> options)
{
    public async Task<TutorReply> AskAsync(UserProfile profile, string conversation, string question, string userKey, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        var context = await contexts.RecentAsync(profile.Id, conversation, now - limits.Expiry, limits.MaxTurns, cancellationToken);
        var language = ReplyLanguage(profile, question, context);
        var reply = await desk.AskAsync(question, language, context, userKey, cancellationToken);
        if (reply.Resolution is { As: not ResolvedAs.Refused } && reply.Citations.Count > 0)
        {
            await contexts.AppendAsync(profile.Id, conversation, new ContextTurn(question.Trim(), language, reply.Citations, now), limits.MaxTurns, cancellationToken);
        }

        return reply;
    }

    /// <summary>The pinned language, else the question's dominant one; a question without words keeps the conversation's.</summary>
    public static Language ReplyLanguage(UserProfile profile, string question, IReadOnlyList<ContextTurn> context)
    {
        var fallback = profile.Language ?? Language.En;
        if (profile.LanguagePinned)
        {
            return fallback;
        }

        return LanguageDetector.Detect(question, context.Count > 0 ? context[0].Language : fallback);
    }
}
