using System.Text;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Tools;

/// <summary>
/// A GBNF grammar whose every sentence is one call of the given functions, as JSON:
/// {"name":"kv_cache_kv_cache","arguments":{"context":"4096"}}; argument names are those of the function's schema and
/// values are short strings. Unless a call is required, {"name":"none"} declines.
/// </summary>
public static class ToolCallGrammar
{
    public const string Decline = "none";

    private const int MaxValueCharacters = 32;

    public static string For(IReadOnlyList<AIFunctionDeclaration> functions, bool required)
    {
        var text = new StringBuilder();
        var calls = functions.Select((_, i) => $"call{i}").ToList();
        if (!required)
        {
            calls.Add("decline");
        }

        text.AppendLine($"root ::= {string.Join(" | ", calls)}");
        for (var i = 0; i < functions.Count; i++)
        {
            var names = FunctionParameters.Of(functions[i]).Select(p => p.Name).ToList();
            var arguments = names.Count == 0 ? "" : $" (arg{i} (\",\" arg{i})*)?";
            text.AppendLine($"call{i} ::= \"{{\\\"name\\\":\\\"{functions[i].Name}\\\",\\\"arguments\\\":{{\"{arguments} \"}}}}\"");
            if (names.Count > 0)
            {
                text.AppendLine($"arg{i} ::= \"\\\"\" ({string.Join(" | ", names.Select(n => $"\"{n}\""))}) \"\\\":\" value");
            }
        }

        text.AppendLine($"decline ::= \"{{\\\"name\\\":\\\"{Decline}\\\"}}\"");
        text.AppendLine($"value ::= \"\\\"\" [-a-zA-Z0-9_.%/ ]{{0,{MaxValueCharacters}}} \"\\\"\"");
        return text.ToString();
    }
}
