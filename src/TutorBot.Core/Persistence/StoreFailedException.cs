namespace TutorBot.Core.Persistence;

/// <summary>A read or write of the store that failed; a failed write changed nothing (it ran in one transaction).</summary>
public sealed class StoreFailedException(StoreFault fault, bool write, string message, Exception? inner = null) : Exception(message, inner)
{
    public StoreFault Fault { get; } = fault;

    /// <summary>Whether the failure happened while writing, so that what was being stored was not stored.</summary>
    public bool Write { get; } = write;

    /// <summary>The user's answer was committed before the failure: only what followed it (its grade) was not stored.</summary>
    public bool AnswerKept { get; init; }
}
