using System.Text;
using LLama;

namespace TutorBot.Llm.Templates;

/// <summary>The model's own template (tokenizer.chat_template), applied by llama.cpp.</summary>
public sealed class GgufChatFormatter(LLamaWeights weights) : IChatFormatter
{
    public string Name => "gguf";

    public string Format(IReadOnlyList<ChatTurn> turns)
    {
        var template = new LLamaTemplate(weights) { AddAssistant = true };
        foreach (var turn in turns)
        {
            template.Add(turn.Role, turn.Content);
        }

        return Encoding.UTF8.GetString(template.Apply());
    }
}
