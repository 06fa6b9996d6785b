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

    /// <summary>The database file is gone, damaged or cannot be opened.</summary>
    Unavailable,
}
