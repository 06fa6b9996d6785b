using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using TutorBot.Core.Model;
using TutorBot.Llm.Generation;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Hosting;
using TutorBot.Llm.Templates;
using TutorBot.Llm.Tools;

namespace TutorBot.Llm.Chat;

/// <summary>
/// IChatClient over the local model: applies the chat template, trims the conversation to the context, and
/// honours MaxOutputTokens, StopSequences, Temperature, Seed, a GBNF grammar (see <see cref="LlamaChatOptions"/>) and
/// function tools (one call per reply, held to a grammar).
/// </summary>
public sealed class LlamaChatClient(ModelHost host, IOptions<LlmOptions> options) : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var functions = Functions(options);
        var required = options?.ToolMode is RequiredChatToolMode;
        if (functions.Count > 0)
        {
            // A local model has no native tool calls: the functions are described in a system turn and the reply is
            // held to a grammar whose every sentence is one call.
            messages = messages.Prepend(new ChatMessage(ChatRole.System, ToolCallPrompt.Describe(functions, required)));
            options = options!.Clone();
            options.AdditionalProperties = new AdditionalPropertiesDictionary(options.AdditionalProperties ?? [])
            {
                [LlamaChatOptions.Grammar] = ToolCallGrammar.For(functions, required),
            };
        }

        var (model, request) = await PrepareAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var result = await model.Scheduler.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        var call = functions.Count > 0 ? ToolCallParser.Parse(result.Text, functions) : null;
        var reply = call is null ? new ChatMessage(ChatRole.Assistant, result.Text) : new ChatMessage(ChatRole.Assistant, [call]);
        return new ChatResponse(reply)
        {
            FinishReason = call is not null ? ChatFinishReason.ToolCalls
                : result.FinishReason == FinishReason.Stop ? ChatFinishReason.Stop
                : ChatFinishReason.Length,
            ModelId = model.Metadata.Name,
            Usage = new UsageDetails { InputTokenCount = result.PromptTokens, OutputTokenCount = result.GeneratedTokens },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (model, request) = await PrepareAsync(messages, options, cancellationToken).ConfigureAwait(false);
        await foreach (var piece in model.Scheduler.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, piece) { ModelId = model.Metadata.Name };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("llamasharp", null, host.State.Model?.Metadata.Name)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The model belongs to ModelHost.
    }

    private async Task<(LoadedModel Model, GenerationRequest Request)> PrepareAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? chatOptions, CancellationToken cancellationToken)
    {
        var state = await host.GetStateAsync(cancellationToken).ConfigureAwait(false);
        var model = state.Model ?? throw new InvalidOperationException($"No language model is available: {state.UnavailableReason}.");
        var limits = options.Value;
        var maxTokens = Math.Clamp(chatOptions?.MaxOutputTokens ?? limits.MaxTokens, 1, limits.MaxTokens);
        var contextSize = model.Scheduler.Settings.ContextSize;
        maxTokens = Math.Min(maxTokens, contextSize / 2);
        var turns = messages.Select(m => new ChatTurn(m.Role.Value, m.Text)).ToList();
        var budget = contextSize - maxTokens - 1;
        var (prompt, _) = ConversationTrimmer.Fit(turns, model.Formatter, model.Scheduler.CountTokens, budget);
        if (model.Scheduler.CountTokens(prompt) is var promptTokens && promptTokens > budget)
        {
            // Cutting into the system turns would drop the instructions and leave no room to answer.
            throw new PromptTooLongException(promptTokens, budget);
        }

        var grammar = Property(chatOptions, LlamaChatOptions.Grammar);
        if (grammar is not null && GbnfChecker.Check(grammar) is { Count: > 0 } errors)
        {
            throw new ArgumentException($"invalid GBNF grammar: {string.Join("; ", errors)}", nameof(chatOptions));
        }

        var stops = new List<string>(chatOptions?.StopSequences ?? []);
        if (model.Formatter is ChatMlFormatter)
        {
            stops.Add(ChatMlFormatter.EndOfTurn);
        }

        var request = new GenerationRequest(prompt, maxTokens)
        {
            Grammar = grammar,
            StopSequences = stops,
            Seed = chatOptions?.Seed is { } seed ? unchecked((uint)seed) : null,
            Temperature = chatOptions?.Temperature,
            UserKey = Property(chatOptions, LlamaChatOptions.UserKey) ?? "",
        };
        return (model, request);
    }

    /// <summary>The functions the model may call: none when tools are off, only the named one when it is required.</summary>
    private static List<AIFunctionDeclaration> Functions(ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools || options.ToolMode is NoneChatToolMode)
        {
            return [];
        }

        var functions = tools.OfType<AIFunctionDeclaration>().ToList();
        return options.ToolMode is RequiredChatToolMode { RequiredFunctionName: { } name }
            ? functions.Where(f => f.Name == name).ToList()
            : functions;
    }

    private static string? Property(ChatOptions? options, string key) =>
        options?.AdditionalProperties?.TryGetValue(key, out var value) == true ? value?.ToString() : null;
}
