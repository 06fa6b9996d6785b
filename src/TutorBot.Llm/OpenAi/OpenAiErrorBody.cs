using System.Text.Json;

namespace TutorBot.Llm.OpenAi;

/// <summary>Reads the message out of an OpenAI-style error body: {"error": {"message": "...", "type": "..."}}.</summary>
public static class OpenAiErrorBody
{
    private const int MaxLength = 300;

    public static string? MessageOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                ? Truncate(message.GetString()!)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
