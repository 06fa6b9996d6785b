using Microsoft.Extensions.AI;
using TutorBot.Core.Model;
using TutorBot.Llm.Chat;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Hosting;
using TutorBot.Llm.Prompts;

namespace TutorBot.Llm.Model;

/// <summary>
/// The tutor's model port on the local model: renders prompts/{name}.txt, constrains the reply with
/// prompts/grammars/{grammar}.gbnf, and generates through the chat client (and so the fair scheduler).
/// Without a model it behaves exactly like NoTutorModel.
/// </summary>
public sealed class LlamaTutorModel(ModelHost host, IChatClient chatClient, PromptLibrary prompts, GrammarCatalog grammars) : ITutorModel
{
    public bool IsAvailable => host.State.IsLoaded;

    public string? UnavailableReason => host.State.UnavailableReason;

    public async Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default)
    {
        var state = await host.GetStateAsync(cancellationToken).ConfigureAwait(false);
        if (!state.IsLoaded)
        {
            throw new InvalidOperationException($"No language model is available: {state.UnavailableReason}.");
        }

        var messages = await prompts.RenderAsync(request.PromptName, request.Variables, cancellationToken).ConfigureAwait(false);
        var options = new ChatOptions { MaxOutputTokens = request.MaxTokens, AdditionalProperties = [] };
        options.AdditionalProperties[LlamaChatOptions.UserKey] = request.UserKey;
        if (request.GrammarName is { } grammarName)
        {
            options.AdditionalProperties[LlamaChatOptions.Grammar] = grammars.Get(grammarName);
        }

        var response = await chatClient.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        return response.Text;
    }
}
