namespace TutorBot.Core.Conversation;

/// <summary>One line from a user: a slash command ("/interview transformer 3") or free text.</summary>
public sealed record TutorInput(ConversationKey Conversation, UserRef User, string Text);
