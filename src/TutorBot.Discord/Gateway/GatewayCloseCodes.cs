namespace TutorBot.Discord.Gateway;

/// <summary>Gateway close codes and what each means for the next connection.</summary>
public static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>A message for codes after which reconnecting cannot help; null for codes that allow a reconnect.</summary>
    public static string? FatalReason(int code) => code switch
    {
        AuthenticationFailed => "Discord rejected the bot token (close code 4004); check TUTORBOT__DISCORD__TOKEN",
        InvalidShard => "Discord rejected the shard (close code 4010)",
        ShardingRequired => "Discord requires sharding for this bot (close code 4011)",
        InvalidApiVersion => "Discord rejected the gateway API version (close code 4012)",
        InvalidIntents => "Discord rejected the gateway intents as invalid (close code 4013)",
        DisallowedIntents => "Discord refused a privileged intent (close code 4014): switch on MESSAGE CONTENT INTENT in the developer portal's Bot page, or set Discord:EnableMessageContent to false",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed and a fresh Identify is needed.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;
}
