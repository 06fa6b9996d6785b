namespace TutorBot.Discord.Rendering;

/// <summary>Discord's mention syntax, which the client shows as a link to the channel or user.</summary>
public static class Mention
{
    public static string Channel(string channelId) => $"<#{channelId}>";

    public static string User(string userId) => $"<@{userId}>";
}
