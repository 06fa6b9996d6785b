namespace TutorBot.Testing.Fakes.OpenAi;

/// <summary>The response bodies of the chat-completions API, as the fake server writes them.</summary>
public static class FakeChatPayloads
{
    public static object Completion(string model, string content) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        model,
        choices = new[]
        {
            new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" },
        },
        usage = new { prompt_tokens = 10, completion_tokens = content.Length, total_tokens = 10 + content.Length },
    };

    public static object Chunk(string model, string? content, string? role, string? finishReason) => new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        model,
        choices = new[]
        {
            new { index = 0, delta = new { role, content }, finish_reason = finishReason },
        },
    };
}
