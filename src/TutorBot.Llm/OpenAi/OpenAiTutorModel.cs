using System.ClientModel;
using System.Net;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Model;
using TutorBot.Llm.Grammars;
using TutorBot.Llm.Prompts;

namespace TutorBot.Llm.OpenAi;

/// <summary>
/// The tutor's model port on an OpenAI-compatible server: the same prompts as the local model, the judge's reply
/// constrained by a JSON schema (or the GBNF grammar itself, Llm:SendGrammar), each request bounded by
/// Llm:RequestTimeout. A request that fails for good throws <see cref="ModelServerException"/>, which callers turn
/// into the plain path; after a timeout, a 429 or 5xx, or no answer at all, the server is left alone for
/// Llm:ServerDownPause so later turns do not wait on it.
/// </summary>
public sealed class OpenAiTutorModel(
    IChatClient chatClient,
    PromptLibrary prompts,
    GrammarCatalog grammars,
    SchemaCatalog schemas,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<OpenAiTutorModel> logger) : ITutorModel
{
    private long _pausedUntilTicks;

    public bool IsAvailable => time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _pausedUntilTicks);

    public string? UnavailableReason => IsAvailable ? null : "the model server is not answering";

    public async Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable)
        {
            throw new ModelServerException($"the model server at {options.Value.Endpoint} is not answering; trying again shortly");
        }

        var messages = await prompts.RenderAsync(request.PromptName, request.Variables, cancellationToken).ConfigureAwait(false);
        var chatOptions = Options(request);
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await GenerateAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Down($"the model server did not answer within {options.Value.RequestTimeout.TotalSeconds:0.#} s", null);
        }
        catch (ClientResultException e) when (e.Status == 0)
        {
            throw Down($"the model server could not be reached: {(e.InnerException ?? e).Message}", e);
        }
        catch (ClientResultException e) when (RetryingHandler.IsTransient((HttpStatusCode)e.Status))
        {
            throw Down($"the model server answered {e.Status}: {ServerMessage(e)}", e);
        }
        catch (ClientResultException e)
        {
            // The server is up but refused this request (a bad key, an unknown model, a field it does not take):
            // other requests need not wait.
            throw new ModelServerException($"the model server refused the request ({e.Status}): {ServerMessage(e)}", e);
        }
        catch (HttpRequestException e)
        {
            throw Down($"the model server could not be reached: {e.Message}", e);
        }
    }

    private async Task<string> GenerateAsync(IEnumerable<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        if (!options.Value.Stream)
        {
            return (await chatClient.GetResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false)).Text;
        }

        var text = new StringBuilder();
        await foreach (var update in chatClient.GetStreamingResponseAsync(messages, chatOptions, cancellationToken).ConfigureAwait(false))
        {
            text.Append(update.Text);
        }

        return text.ToString();
    }

    private ChatOptions Options(ModelRequest request)
    {
        var limits = options.Value;
        var chatOptions = new ChatOptions
        {
            MaxOutputTokens = Math.Clamp(request.MaxTokens, 1, limits.MaxTokens),
            Temperature = limits.Temperature,
            Seed = limits.Seed,
        };
        if (request.GrammarName is not { } grammarName)
        {
            return chatOptions;
        }

        if (limits.SendGrammar)
        {
            var grammar = grammars.Get(grammarName);
            chatOptions.RawRepresentationFactory = _ => WithGrammar(grammar);
        }
        else
        {
            chatOptions.ResponseFormat = schemas.Find(grammarName) is { } schema
                ? ChatResponseFormat.ForJsonSchema(schema, grammarName)
                : ChatResponseFormat.Json;
        }

        return chatOptions;
    }

#pragma warning disable SCME0001 // JsonPatch adds the one field the OpenAI API does not define.
    private static OpenAI.Chat.ChatCompletionOptions WithGrammar(string grammar)
    {
        var completionOptions = new OpenAI.Chat.ChatCompletionOptions();
        completionOptions.Patch.Set("$.grammar"u8, grammar);
        return completionOptions;
    }
#pragma warning restore SCME0001

    private ModelServerException Down(string reason, Exception? inner)
    {
        var pause = options.Value.ServerDownPause;
        Interlocked.Exchange(ref _pausedUntilTicks, (time.GetUtcNow() + pause).UtcTicks);
        logger.LogWarning("{Reason}; the plain path answers for the next {Pause} s", reason, pause.TotalSeconds);
        return new ModelServerException(reason, inner);
    }

    /// <summary>The server's own error message ({"error":{"message"}}), without the request that caused it.</summary>
    private static string ServerMessage(ClientResultException e)
    {
        var body = e.GetRawResponse()?.Content?.ToString();
        return OpenAiErrorBody.MessageOf(body) ?? "no error message";
    }
}
