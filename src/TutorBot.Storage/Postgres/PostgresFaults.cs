using System.Net.Sockets;
using Npgsql;
using TutorBot.Core.Persistence;

namespace TutorBot.Storage.Postgres;

/// <summary>Reads PostgreSQL's SQLSTATE codes and Npgsql's connection failures as faults a user can act on.</summary>
public static class PostgresFaults
{
    /// <summary>serialization_failure and deadlock_detected: the transaction changed nothing and may simply run again.</summary>
    public static bool IsRetryable(NpgsqlException ex) => ex is PostgresException { SqlState: "40001" or "40P01" };

    public static StoreFault Classify(NpgsqlException ex) => ex switch
    {
        PostgresException { SqlState: "53100" } => StoreFault.DiskFull,
        PostgresException { SqlState: "23505" } => StoreFault.Conflict,
        PostgresException { SqlState: "25006" } => StoreFault.ReadOnly,
        PostgresException { SqlState: "40001" or "40P01" or "55P03" or "57014" or "53300" } => StoreFault.Busy,
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) => StoreFault.Unreachable,
        PostgresException => StoreFault.Unavailable,
        { InnerException: TimeoutException } => StoreFault.Busy,
        { InnerException: SocketException or IOException or EndOfStreamException } => StoreFault.Unreachable,
        _ => StoreFault.Unreachable,
    };

    public static StoreFailedException Describe(NpgsqlException ex, string database, bool write)
    {
        var fault = Classify(ex);
        var what = fault switch
        {
            StoreFault.DiskFull => "cannot grow: the server's disk is full",
            StoreFault.Conflict => "refused a change that another turn made at the same moment",
            StoreFault.ReadOnly => "accepts no writes (a read-only server or transaction)",
            StoreFault.Busy => "is busy: a lock or the connection pool was not free in time",
            StoreFault.Unreachable => $"cannot be reached ({ex.Message})",
            _ => $"failed ({ex.Message})",
        };
        return new StoreFailedException(fault, write, $"the database {database} {what}", ex);
    }
}
