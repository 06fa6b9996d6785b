using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;

namespace TutorBot.Llm.OpenAi;

/// <summary>JSON schemas under prompts/schemas/{name}.json: what a server that takes `response_format` gets in place
/// of the GBNF grammar of the same name.</summary>
public sealed class SchemaCatalog(IOptions<BankOptions> bankOptions)
{
    private readonly ConcurrentDictionary<string, JsonElement?> _schemas = new(StringComparer.Ordinal);

    /// <summary>The schema for grammar <paramref name="name"/>, or null when there is none.</summary>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    public JsonElement? Find(string name) => _schemas.GetOrAdd(name, Load);

    private JsonElement? Load(string name)
    {
        var path = Path.Combine(bankOptions.Value.PromptsPath, "schemas", name + ".json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
