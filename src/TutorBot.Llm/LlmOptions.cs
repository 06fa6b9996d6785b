using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Logging;
using TutorBot.Llm.Memory;

namespace TutorBot.Llm;

/// <summary>The model: a local GGUF file, or an OpenAI-compatible server. Every size is explicit: llama.cpp's own
/// defaults (full training context, 20 GPU layers, unlimited tokens) are never used.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>llamasharp (the GGUF file at ModelPath, in this process) or openai (the server at Endpoint).</summary>
    public string Provider { get; set; } = LlmProvider.LlamaSharp;

    /// <summary>The OpenAI-compatible server's base URL, e.g. http://127.0.0.1:8000/v1.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The model name the server serves (vLLM and Ollama need it; llama.cpp's server ignores it).</summary>
    public string Model { get; set; } = "default";

    /// <summary>The server's API key; set it through TUTORBOT__Llm__ApiKey or user-secrets. It is never logged.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Requests to the server in flight at once; more wait their turn.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>Retries of a request the server refused with 429 or 5xx, or that could not reach it.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry waits about this long (with jitter), each later one twice as long, unless the server
    /// says when to come back (Retry-After).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a request fails for good, the server is left alone this long and the plain path answers.</summary>
    public TimeSpan ServerDownPause { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Send the GBNF grammar as a `grammar` field (llama.cpp's server) instead of a JSON schema.</summary>
    public bool SendGrammar { get; set; }

    /// <summary>Ask the server to stream the reply (server-sent events) rather than send it whole.</summary>
    public bool Stream { get; set; } = true;

    /// <summary>GGUF model file; empty runs the bot without a model.</summary>
    public string ModelPath { get; set; } = "";

    /// <summary>When true a model that cannot be loaded stops start-up; when false the bot runs without it.</summary>
    public bool Required { get; set; }

    /// <summary>Tokens of context per conversation.</summary>
    [Range(128, 1 << 20)]
    public int ContextSize { get; set; } = 4096;

    /// <summary>Layers offloaded to the GPU; -1 offloads all of them, 0 none (ignored by the CPU backend).</summary>
    [Range(-1, 100_000)]
    public int GpuLayerCount { get; set; } = -1;

    /// <summary>CPU threads for decoding; 1 is fastest on small shared machines.</summary>
    [Range(1, 256)]
    public int Threads { get; set; } = 1;

    /// <summary>Conversations decoded together in one batch; more wait in the queue.</summary>
    [Range(1, 256)]
    public int Sequences { get; set; } = 4;

    /// <summary>GPU memory the model may use, e.g. "24GiB" or "8GB"; empty skips the memory check.</summary>
    public string? GpuMemoryBudget { get; set; }

    /// <summary>A llama.cpp build to use instead of the packaged backend: the libllama file or its directory.</summary>
    public string? NativeLibraryPath { get; set; }

    /// <summary>Upper bound on tokens generated for any request.</summary>
    [Range(1, 1 << 20)]
    public int MaxTokens { get; set; } = 512;

    /// <summary>A request still unfinished after this long (queueing included) is cancelled.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests waiting for a free sequence; beyond this, new requests are refused at once.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 256;

    /// <summary>Sampling temperature when a request does not set one.</summary>
    [Range(0.0, 5.0)]
    public float Temperature { get; set; } = 0.7f;

    /// <summary>Sampling seed for every request that sets none; empty draws a new seed each time. A fixed seed makes
    /// replies reproducible (comparisons, tests).</summary>
    public uint? Seed { get; set; }

    /// <summary>Native (llama.cpp) messages at or above this level reach the log.</summary>
    public LogLevel NativeLogLevel { get; set; } = LogLevel.Warning;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(GpuMemoryBudget) && !ByteSize.TryParse(GpuMemoryBudget, out _))
        {
            yield return new ValidationResult(
                $"Llm:GpuMemoryBudget '{GpuMemoryBudget}' is not a size such as 24GiB, 8GB or 512MB", [nameof(GpuMemoryBudget)]);
        }

        if (!LlmProvider.IsKnown(Provider))
        {
            yield return new ValidationResult(
                $"Llm:Provider '{Provider}' must be one of: {string.Join(", ", LlmProvider.All)}", [nameof(Provider)]);
        }

        if (LlmProvider.IsOpenAi(Provider)
            && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint '{Endpoint}' must be the server's http(s) base URL, e.g. http://127.0.0.1:8000/v1", [nameof(Endpoint)]);
        }

        if (RetryBaseDelay < TimeSpan.Zero || ServerDownPause < TimeSpan.Zero)
        {
            yield return new ValidationResult("Llm:RetryBaseDelay and Llm:ServerDownPause must not be negative", [nameof(RetryBaseDelay)]);
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Llm:RequestTimeout must be positive", [nameof(RequestTimeout)]);
        }
    }
}
