using System.Text;
using TutorBot.Core.Bank;

namespace TutorBot.Core.Ask.Context;

/// <summary>The variables of prompts/rewrite.txt: a follow-up and the conversation before it, to be written as one standalone question.</summary>
public static class RewritePrompt
{
    public const string Name = "rewrite";
    public const int MaxTokens = 64;

    public static IReadOnlyDictionary<string, object?> Variables(string question, Language language, IReadOnlyList<ContextTurn> context, BankEntry contextEntry)
    {
        var history = new StringBuilder();
        foreach (var turn in context.Where(t => t.Question.Length > 0).Reverse())
        {
            history.AppendLine($"User: {turn.Question}");
        }

        return new Dictionary<string, object?>
        {
            ["history"] = history.ToString().TrimEnd(),
            ["topic"] = contextEntry.Question.For(language),
            ["question"] = question,
            ["language"] = language == Language.Zh ? "Chinese" : "English",
        };
    }
}
