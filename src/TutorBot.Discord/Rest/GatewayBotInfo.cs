namespace TutorBot.Discord.Rest;

/// <summary>GET /gateway/bot: where to connect and how many Identify calls are left (session_start_limit).</summary>
public sealed record GatewayBotInfo(string Url, int SessionStartsRemaining, TimeSpan SessionStartsResetAfter, int MaxConcurrency);
