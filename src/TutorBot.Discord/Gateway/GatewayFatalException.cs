namespace TutorBot.Discord.Gateway;

/// <summary>The gateway refused the bot for a reason a reconnect cannot fix (bad token, disallowed intents).</summary>
public sealed class GatewayFatalException(string message) : Exception(message);
