using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Bank;

namespace TutorBot.Llm.Grammars;

/// <summary>
/// The grammars under prompts/grammars/*.gbnf, each checked once when first needed. A grammar that fails the check
/// is logged with its errors and refused; llama.cpp never sees it.
/// </summary>
public sealed class GrammarCatalog(IOptions<BankOptions> bankOptions, ILogger<GrammarCatalog> logger)
{
    private readonly Lazy<IReadOnlyDictionary<string, CheckedGrammar>> _grammars = new(() => LoadAll(bankOptions.Value.PromptsPath, logger));

    public string Directory => Path.Combine(bankOptions.Value.PromptsPath, "grammars");

    public IReadOnlyDictionary<string, CheckedGrammar> All => _grammars.Value;

    /// <summary>The checked text of grammars/{name}.gbnf.</summary>
    /// <exception cref="InvalidOperationException">No such grammar, or it failed the check.</exception>
    public string Get(string name)
    {
        var key = name.EndsWith(".gbnf", StringComparison.Ordinal) ? name[..^5] : name;
        if (!All.TryGetValue(key, out var grammar))
        {
            throw new InvalidOperationException($"no grammar '{key}' in {Directory}");
        }

        return grammar.Errors.Count == 0
            ? grammar.Text
            : throw new InvalidOperationException($"grammar {grammar.Path} is invalid: {grammar.Errors[0]}");
    }

    private static IReadOnlyDictionary<string, CheckedGrammar> LoadAll(string promptsPath, ILogger logger)
    {
        var directory = Path.Combine(promptsPath, "grammars");
        if (!System.IO.Directory.Exists(directory))
        {
            return new Dictionary<string, CheckedGrammar>();
        }

        var grammars = new Dictionary<string, CheckedGrammar>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.gbnf").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var errors = GbnfChecker.Check(text);
            foreach (var error in errors)
            {
                logger.LogError("Grammar {Path}:{Error} (the grammar is refused)", file, error);
            }

            grammars[Path.GetFileNameWithoutExtension(file)] = new CheckedGrammar(file, text, errors);
        }

        return grammars;
    }
}
