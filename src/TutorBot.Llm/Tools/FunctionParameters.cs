using System.Text.Json;
using Microsoft.Extensions.AI;

namespace TutorBot.Llm.Tools;

/// <summary>The parameters a function's JSON schema declares, with their descriptions.</summary>
public static class FunctionParameters
{
    public static IReadOnlyList<(string Name, string Description)> Of(AIFunctionDeclaration function) =>
        function.JsonSchema.ValueKind == JsonValueKind.Object
        && function.JsonSchema.TryGetProperty("properties", out var properties)
        && properties.ValueKind == JsonValueKind.Object
            ? properties.EnumerateObject()
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("description", out var d) ? d.GetString() ?? "" : ""))
                .ToList()
            : [];
}
