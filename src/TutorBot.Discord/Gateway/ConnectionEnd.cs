namespace TutorBot.Discord.Gateway;

/// <summary>Why one gateway connection ended.</summary>
public enum ConnectionEnd
{
    /// <summary>The socket dropped or closed with a code that allows a reconnect.</summary>
    Dropped,

    /// <summary>Discord sent op 7 Reconnect.</summary>
    ReconnectRequested,

    /// <summary>Discord sent op 9 Invalid Session.</summary>
    InvalidSession,

    /// <summary>A heartbeat went unacknowledged.</summary>
    Zombie,

    /// <summary>A close code after which reconnecting cannot help.</summary>
    Fatal,

    Stopped,
}
