namespace TutorBot.Core.Persistence;

/// <summary>Why the store could not be used, in terms a user can act on.</summary>
public enum StoreFault
{
    /// <summary>Another process held the database's write lock for longer than the busy timeout.</summary>
    Busy,

    /// <summary>The database file or its folder cannot be written.</summary>
    ReadOnly,

    /// <summary>The disk holding the database is full.</summary>
    DiskFull,

    /// <summary>The database file is damaged or cannot be opened.</summary>
    Unavailable,

    /// <summary>The database file was deleted or moved while the bot was running.</summary>
    Removed,

    /// <summary>The database server cannot be reached (refused, shut down, connection lost).</summary>
    Unreachable,

    /// <summary>Another turn (perhaps in another bot process) changed the same data at the same moment; sending it again works.</summary>
    Conflict,
}
