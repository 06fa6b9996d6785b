using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.Core.Persistence;

/// <summary>The one JSON shape of a user's export, whichever front-end hands it over: who, when, and every stored row by table.</summary>
public static class UserDataExportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(UserDataExport export) =>
        JsonSerializer.Serialize(new Document(export.Frontend, export.ExternalId, export.ExportedAt, export.Tables), Options);

    private sealed record Document(
        string Frontend,
        string User,
        DateTimeOffset ExportedAt,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Tables);
}
