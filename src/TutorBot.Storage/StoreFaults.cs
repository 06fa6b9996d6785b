using Microsoft.Data.Sqlite;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage;

/// <summary>Reads SQLite's primary result codes as faults a user can act on.</summary>
public static class StoreFaults
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int Constraint = 19;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StoreFailedException Describe(SqliteException ex, string path, bool write)
    {
        var fault = (ex.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => StoreFault.Busy,
            ReadOnly => StoreFault.ReadOnly,
            Full => StoreFault.DiskFull,
            Constraint => StoreFault.Conflict,
            IoError or CantOpen when CannotWrite(path) => StoreFault.ReadOnly,
            IoError or Corrupt or CantOpen or NotADatabase => StoreFault.Unavailable,
            _ => StoreFault.Unavailable,
        };
        var what = fault switch
        {
            StoreFault.Busy => "is locked by another process for longer than Storage:BusyTimeoutSeconds",
            StoreFault.ReadOnly => "cannot be written (the file or its folder is read-only)",
            StoreFault.DiskFull => "cannot grow: the disk is full",
            StoreFault.Conflict => "refused a change that another turn made at the same moment",
            _ => $"cannot be used ({ex.Message})",
        };
        return new StoreFailedException(fault, write, $"the database {path} {what}", ex);
    }

    /// <summary>
    /// A database in WAL mode cannot even be read once its file system turns read-only (the shared-memory file cannot be
    /// made), which SQLite reports as an I/O or open error: the file itself says why.
    /// </summary>
    private static bool CannotWrite(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            return false;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return File.Exists(path);
        }
    }
}
