using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace TutorBot.Llm.OpenAi;

/// <summary>
/// The IChatClient for an OpenAI-compatible server: the OpenAI client over an HttpClient whose handler retries
/// (the SDK's own retries are off, so there is one policy), bounded to Llm:MaxConcurrentRequests in flight.
/// </summary>
public static class OpenAiChatClientFactory
{
    // Local servers started without a key accept any; the SDK insists on one.
    private const string NoKey = "no-key";

    public static BoundedChatClient Create(LlmOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var handler = new RetryingHandler(options.MaxRetries, options.RetryBaseDelay, time, loggers.CreateLogger<RetryingHandler>())
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout,
        };
        var key = string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey;
        var chat = new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model).AsIChatClient();
        return new BoundedChatClient(chat, options.MaxConcurrentRequests);
    }
}
