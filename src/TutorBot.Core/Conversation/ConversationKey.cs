namespace TutorBot.Core.Conversation;

/// <summary>Where a conversation happens: the front-end ("console", "discord") and its channel or thread id.</summary>
public sealed record ConversationKey(string Frontend, string ChannelId);
