using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using TutorBot.Core.Bank;

namespace TutorBot.Llm.Prompts;

/// <summary>
/// Prompt templates under prompts/ (Bank:PromptsPath), read and parsed once, rendered with Semantic Kernel's template
/// engine on the application's kernel.
/// </summary>
public sealed class PromptLibrary(IOptions<BankOptions> bankOptions, Kernel kernel)
{
    private readonly KernelPromptTemplateFactory _factory = new();
    private readonly ConcurrentDictionary<string, IPromptTemplate> _templates = new(StringComparer.Ordinal);

    public string PathOf(string promptName) =>
        Path.Combine(bankOptions.Value.PromptsPath, promptName.EndsWith(".txt", StringComparison.Ordinal) ? promptName : promptName + ".txt");

    /// <exception cref="FileNotFoundException">There is no such prompt file.</exception>
    public async Task<IReadOnlyList<ChatMessage>> RenderAsync(
        string promptName, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken = default)
    {
        var template = await TemplateAsync(PathOf(promptName), cancellationToken).ConfigureAwait(false);
        var arguments = new KernelArguments();
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        var rendered = await template.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
        return PromptMessageParser.Parse(rendered);
    }

    private async Task<IPromptTemplate> TemplateAsync(string path, CancellationToken cancellationToken)
    {
        if (_templates.TryGetValue(path, out var template))
        {
            return template;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no prompt template {path}", path);
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return _templates.GetOrAdd(path, _factory.Create(new PromptTemplateConfig(text)));
    }
}
