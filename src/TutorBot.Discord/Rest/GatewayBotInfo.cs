namespace TutorBot.Discord.Rest;

/// <summary>GET /gateway/bot: where to connect, how many shards Discord recommends, and how many Identify calls are
/// left (session_start_limit) in how many parallel buckets (max_concurrency).</summary>
public sealed record GatewayBotInfo(string Url, int SessionStartsRemaining, TimeSpan SessionStartsResetAfter, int MaxConcurrency, int RecommendedShards = 1);
