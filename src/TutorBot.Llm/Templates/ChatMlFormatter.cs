using System.Text;

namespace TutorBot.Llm.Templates;

/// <summary>ChatML (&lt;|im_start|&gt;role ... &lt;|im_end|&gt;), used when a model carries no chat template.</summary>
public sealed class ChatMlFormatter : IChatFormatter
{
    public const string EndOfTurn = "<|im_end|>";

    public string Name => "chatml";

    public string Format(IReadOnlyList<ChatTurn> turns)
    {
        var prompt = new StringBuilder();
        foreach (var turn in turns)
        {
            prompt.Append("<|im_start|>").Append(turn.Role).Append('\n').Append(turn.Content).Append(EndOfTurn).Append('\n');
        }

        return prompt.Append("<|im_start|>assistant\n").ToString();
    }
}
