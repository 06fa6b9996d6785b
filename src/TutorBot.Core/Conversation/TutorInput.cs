namespace TutorBot.Core.Conversation;

/// <summary>
/// One line from a user: a slash command ("/interview transformer 3") or free text. Front-ends with structured
/// commands (Discord options) may pass them in Arguments, e.g. "/grade" with "question" and "answer".
/// </summary>
public sealed record TutorInput(ConversationKey Conversation, UserRef User, string Text)
{
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = new Dictionary<string, string>();
}
