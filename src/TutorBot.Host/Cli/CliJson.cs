using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.Host.Cli;

public static class CliJson
{
    /// <summary>snake_case, Chinese printed as itself, nulls left out: the shape every --json verb prints.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The same on one line, for JSON Lines output.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };
}
