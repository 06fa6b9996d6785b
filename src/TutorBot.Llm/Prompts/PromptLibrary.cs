using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using TutorBot.Core.Bank;

namespace TutorBot.Llm.Prompts;

/// <summary>Prompt templates under prompts/ (Bank:PromptsPath), rendered with Semantic Kernel's template engine.</summary>
public sealed class PromptLibrary(IOptions<BankOptions> bankOptions)
{
    private readonly KernelPromptTemplateFactory _factory = new();
    private readonly Kernel _kernel = new();

    public string PathOf(string promptName) =>
        Path.Combine(bankOptions.Value.PromptsPath, promptName.EndsWith(".txt", StringComparison.Ordinal) ? promptName : promptName + ".txt");

    /// <exception cref="FileNotFoundException">There is no such prompt file.</exception>
    public async Task<IReadOnlyList<ChatMessage>> RenderAsync(
        string promptName, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken = default)
    {
        var path = PathOf(promptName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no prompt template {path}", path);
        }

        var template = _factory.Create(new PromptTemplateConfig(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)));
        var arguments = new KernelArguments();
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        var rendered = await template.RenderAsync(_kernel, arguments, cancellationToken).ConfigureAwait(false);
        return PromptMessageParser.Parse(rendered);
    }
}
