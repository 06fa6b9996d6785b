using System.Text.Json;

namespace TutorBot.Testing.Fakes.OpenAi;

/// <summary>One request the fake server received: its path, headers (names lower-cased) and JSON body.</summary>
public sealed record FakeChatRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement Body, DateTimeOffset ReceivedAt)
{
    public bool Stream => Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    /// <summary>All message contents, joined: what a responder looks at to tell the prompts apart.</summary>
    public string Prompt => Body.TryGetProperty("messages", out var messages)
        ? string.Join("\n", messages.EnumerateArray().Select(m => m.TryGetProperty("content", out var c) ? c.ToString() : ""))
        : "";

    public bool HasResponseFormat => Body.TryGetProperty("response_format", out _);

    public bool HasGrammar => Body.TryGetProperty("grammar", out _);
}
