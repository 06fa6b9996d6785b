using System.Text.Json.Nodes;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>One REST request the fake Discord received: the JSON body (or multipart payload_json) and any file names.</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Json, IReadOnlyList<string> FileNames, DateTimeOffset At, int Status)
{
    /// <summary>Attached files by name, read as UTF-8 text.</summary>
    public IReadOnlyDictionary<string, string> FileTexts { get; init; } = new Dictionary<string, string>();

    public string? Content => Json?["content"]?.GetValue<string>();

    public bool Is(string method, string pathFragment) => Method == method && Path.Contains(pathFragment, StringComparison.Ordinal);
}
