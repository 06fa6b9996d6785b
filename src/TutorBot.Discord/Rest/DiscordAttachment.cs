namespace TutorBot.Discord.Rest;

/// <summary>A file sent as files[0] of a multipart request.</summary>
public sealed record DiscordAttachment(string FileName, byte[] Content);
