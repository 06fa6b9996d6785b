using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Core.Conversation;

/// <summary>One intent of a user in a conversation.</summary>
public sealed record TutorInput(ConversationKey Conversation, UserRef User, TutorIntent Intent);
