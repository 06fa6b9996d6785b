using LLama;
using Microsoft.Extensions.Logging;
using TutorBot.Llm.Gguf;

namespace TutorBot.Llm.Templates;

/// <summary>The GGUF's chat template when it has one llama.cpp can apply; ChatML otherwise.</summary>
public static class ChatFormatterSelector
{
    public static IChatFormatter Select(GgufMetadata metadata, LLamaWeights weights, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(metadata.ChatTemplate))
        {
            logger.LogInformation("{Path} has no chat template; using ChatML", metadata.Path);
            return new ChatMlFormatter();
        }

        var formatter = new GgufChatFormatter(weights);
        try
        {
            formatter.Format([new ChatTurn("system", "s"), new ChatTurn("user", "u")]);
            return formatter;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning("{Path}: llama.cpp cannot apply its chat template ({Reason}); using ChatML", metadata.Path, e.Message);
            return new ChatMlFormatter();
        }
    }
}
