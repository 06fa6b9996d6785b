namespace TutorBot.Discord.Rest;

/// <summary>Discord answered a request with an error that retrying will not fix. The message never holds a token.</summary>
public sealed class DiscordRestException(int statusCode, int? errorCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>Discord's JSON error code (e.g. 10062 Unknown interaction), when the body had one.</summary>
    public int? ErrorCode { get; } = errorCode;

    /// <summary>Discord refused the token itself: retrying cannot help.</summary>
    public bool IsAuthenticationFailure => StatusCode == 401;
}
