namespace TutorBot.Discord.Gateway;

/// <summary>How a connection ended, whether it reached READY or RESUMED, and whether its session may be resumed.</summary>
public sealed record ConnectionOutcome(ConnectionEnd End, bool Established, bool Resumable, int? CloseCode = null);
