using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;

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
        return interaction.Chinese
            ? $"这是 {owner.DisplayName}（<@{owner.UserId}>）的面试，只有 TA 能回答、要提示、跳过或结束。用 /interview start 开始你自己的。"
            : $"This is {owner.DisplayName}'s interview (<@{owner.UserId}>); only they can answer, ask for hints, skip or end it. Start your own with /interview start.";
    }
}
