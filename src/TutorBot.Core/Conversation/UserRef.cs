namespace TutorBot.Core.Conversation;

/// <summary>A user, keyed by front-end and that front-end's id, so one database serves every front-end.</summary>
public sealed record UserRef(string Frontend, string UserId, string DisplayName);
