using System.Text.Json;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Tools;

/// <summary>Reads the JSON a model wrote under <see cref="ToolCallGrammar"/> back into a function call, or null when it declined.</summary>
public static class ToolCallParser
{
    public static FunctionCallContent? Parse(string text, IReadOnlyList<AIFunctionDeclaration> functions)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("name", out var name)
                || name.GetString() is not { } functionName
                || functions.All(f => f.Name != functionName))
            {
                return null;
            }

            var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("arguments", out var given) && given.ValueKind == JsonValueKind.Object)
            {
                foreach (var argument in given.EnumerateObject())
                {
                    arguments[argument.Name] = argument.Value.ValueKind == JsonValueKind.String ? argument.Value.GetString() : argument.Value.GetRawText();
                }
            }

            return new FunctionCallContent($"call-{Guid.NewGuid():N}", functionName, arguments);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
