namespace TutorBot.Core.Persistence;

/// <summary>A user's stored rows by table (users, interviews, questions, answers with their grades, review cards ...), column by column.</summary>
public sealed record UserDataExport(
    string Frontend,
    string ExternalId,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Tables);
