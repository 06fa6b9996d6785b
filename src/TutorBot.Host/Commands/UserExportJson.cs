using TutorBot.Core.Persistence;

namespace TutorBot.Host.Commands;

/// <summary>The shape `tutorbot user export` prints: who, when, and every stored row by table.</summary>
public sealed record UserExportJson(
    string Frontend,
    string User,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Tables)
{
    public static UserExportJson From(UserDataExport export) => new(export.Frontend, export.ExternalId, export.ExportedAt, export.Tables);
}
