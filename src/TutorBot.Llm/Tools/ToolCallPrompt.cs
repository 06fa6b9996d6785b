using System.Text;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Tools;

/// <summary>The system turn that lists the functions a local model may call, with each argument's description.</summary>
public static class ToolCallPrompt
{
    public static string Describe(IReadOnlyList<AIFunctionDeclaration> functions, bool required)
    {
        var text = new StringBuilder();
        text.AppendLine(required
            ? "Answer with one call of one of these functions, as JSON {\"name\": ..., \"arguments\": {...}}."
            : $"Answer with one call of one of these functions, as JSON {{\"name\": ..., \"arguments\": {{...}}}}, or {{\"name\": \"{ToolCallGrammar.Decline}\"}} if none fits.");
        text.AppendLine("Fill only the arguments the question gives; leave the others out.");
        foreach (var function in functions)
        {
            text.AppendLine().Append("- ").Append(function.Name).Append(": ").AppendLine(function.Description);
            foreach (var (name, description) in FunctionParameters.Of(function))
            {
                text.Append("  - ").Append(name).Append(": ").AppendLine(description);
            }
        }

        return text.ToString().TrimEnd();
    }
}
