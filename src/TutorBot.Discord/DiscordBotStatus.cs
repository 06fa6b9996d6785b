namespace TutorBot.Discord;

/// <summary>Why the bot stopped on its own (a rejected token, refused intents), for the `discord` verb's exit code.</summary>
public sealed class DiscordBotStatus
{
    public string? FatalError { get; set; }
}
