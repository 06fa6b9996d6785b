namespace TutorBot.Core.Conversation.Intents;

/// <summary>
/// What a user wants from the tutor, already read by the front-end: the closed set of records in this folder.
/// The console reads a typed line into one (<see cref="ChatLineParser"/>); Discord builds them from slash options,
/// buttons and modals.
/// </summary>
public abstract record TutorIntent
{
    private protected TutorIntent()
    {
    }
}
