namespace TutorBot.Discord.Gateway;

[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must also be switched on in the developer portal.</summary>
    MessageContent = 1 << 15,
}
