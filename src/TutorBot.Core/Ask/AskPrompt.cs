using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask;

/// <summary>The variables of prompts/ask.txt: the question, the answer language, and the retrieved entries with their ids.</summary>
public static class AskPrompt
{
    public const string Name = "ask";
    public const int MaxTokens = 384;

    public static IReadOnlyDictionary<string, object?> Variables(string question, Language language, Grounding grounding)
    {
        var sources = new StringBuilder();
        foreach (var entry in new[] { grounding.Main }.Concat(grounding.Related))
        {
            sources.AppendLine($"[{entry.Id}]");
            sources.AppendLine($"Q: {entry.Question.For(language)}");
            sources.AppendLine($"A: {entry.Answer.For(language).Trim()}");
            sources.AppendLine();
        }

        return new Dictionary<string, object?>
        {
            ["question"] = question,
            ["language"] = language == Language.Zh ? "Chinese" : "English",
            ["sources"] = sources.ToString().TrimEnd(),
            ["citations"] = string.Join(", ", grounding.Citations.Select(id => $"[{id}]")),
            ["focus"] = grounding.Focus?.Text.For(language) ?? "",
        };
    }
}
