using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;
using TutorBot.Core.Phrasing;
using TutorBot.Discord.Rendering;

namespace TutorBot.Discord.Interactions;

/// <summary>
/// Only the user who runs the interview in a channel may answer, ask for hints, skip or end it. Owners are read from
/// storage, so a restart changes nothing.
/// </summary>
public sealed class InterviewOwnership(IInterviewOwners owners)
{
    /// <summary>Null when the user may act on the interview in the channel (theirs, or none runs); else a refusal naming its owner.</summary>
    public async Task<string?> RefusalAsync(Interaction interaction, string channelId)
    {
        var running = await owners.ActiveInAsync(new ConversationKey(ScopedTutor.Frontend, channelId));
        if (running.Count == 0 || running.Any(o => o.Frontend == ScopedTutor.Frontend && o.UserId == interaction.UserId))
        {
            return null;
        }

        var owner = running[0];
        return Phrases.SomeoneElsesInterview(interaction.Language, owner.DisplayName, Mention.User(owner.UserId));
    }
}
