namespace TutorBot.Storage;

/// <summary>The database file cannot be used (not SQLite, another program's database, corrupt, newer schema); the message names the path.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
