using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using TutorBot.Core.Conversation.Intents;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>The REST v10 endpoints the bot calls, answering with Discord's documented shapes, rate-limit headers and injected faults.</summary>
public sealed class FakeDiscordRest(string token, string applicationId, Func<string> gatewayUrl)
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<(string Method, string PathFragment, RestFault Fault)> _faults = new();
    private readonly ConcurrentQueue<(string Method, string PathFragment, Task Until)> _delays = new();
    private long _nextId = 900_000_000_000_000_000;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>The prompt named by the Answer button of the latest question the bot sent (in any channel).</summary>
    public QuestionRef? LatestQuestion() =>
        Requests.Where(r => r.Status < 400).Select(r => r.AskedQuestion).LastOrDefault(q => q is not null);


    public int SessionStartsRemaining { get; set; } = 1000;

    /// <summary>The shard count GET /gateway/bot recommends.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>Identify buckets that may start in parallel (session_start_limit.max_concurrency).</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Milliseconds until session starts reset, as GET /gateway/bot reports it.</summary>
    public double SessionStartsResetAfterMs { get; set; } = 60_000;

    /// <summary>The next request whose method matches and whose path contains the fragment gets this fault (once).</summary>
    public void FailNext(string method, string pathFragment, RestFault fault) => _faults.Enqueue((method, pathFragment, fault));

    /// <summary>The next matching request is recorded at once but answered only when <paramref name="until"/> completes (a slow Discord).</summary>
    public void DelayNext(string method, string pathFragment, Task until) => _delays.Enqueue((method, pathFragment, until));

    public IReadOnlyList<RecordedRequest> Where(string method, string pathFragment) =>
        Requests.Where(r => r.Is(method, pathFragment) && r.Status < 400).ToList();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!["/api/v10".Length..];
        var (json, files) = await ReadBodyAsync(request);
        var fault = Take(_faults, request.Method, path);
        var delay = Take(_delays, request.Method, path);
        var authorized = path.StartsWith("/webhooks/", StringComparison.Ordinal) || path.StartsWith("/interactions/", StringComparison.Ordinal)
            || request.Headers.Authorization.ToString() == "Bot " + token;
        var status = !authorized ? 401 : fault?.Status ?? 200;
        _requests.Enqueue(new RecordedRequest(request.Method, path, json, files.Keys.ToList(), DateTimeOffset.UtcNow, status) { FileTexts = files });
        if (delay is not null)
        {
            await delay;
        }

        var response = context.Response;
        response.Headers["X-RateLimit-Limit"] = "5";
        response.Headers["X-RateLimit-Remaining"] = "4";
        response.Headers["X-RateLimit-Reset-After"] = "0.010";
        response.Headers["X-RateLimit-Bucket"] = "fake-" + path.Split('/')[1];
        if (!authorized)
        {
            await WriteAsync(response, 401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
            return;
        }

        if (fault is not null)
        {
            await WriteFaultAsync(response, fault);
            return;
        }

        var answer = Answer(request.Method, path, json);
        if (answer is null)
        {
            response.StatusCode = 204;
            return;
        }

        await WriteAsync(response, answer.Value.Status, answer.Value.Body);
    }

    private (int Status, JsonNode Body)? Answer(string method, string path, JsonNode? json)
    {
        var segments = path.Trim('/').Split('/');
        return (method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => (200, new JsonObject
            {
                ["url"] = gatewayUrl(),
                ["shards"] = RecommendedShards,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = 1000,
                    ["remaining"] = SessionStartsRemaining,
                    ["reset_after"] = SessionStartsResetAfterMs,
                    ["max_concurrency"] = MaxConcurrency,
                },
            }),
            ("GET", ["applications", "@me"]) => (200, new JsonObject { ["id"] = applicationId, ["name"] = "TutorBot" }),
            ("PUT", ["applications", _, "commands"]) or ("PUT", ["applications", _, "guilds", _, "commands"]) => (200, json!.DeepClone()),
            ("POST", ["interactions", _, _, "callback"]) => null,
            ("POST", ["channels", var parent, "threads"]) => (201, new JsonObject
            {
                ["id"] = NextId(),
                ["type"] = 11,
                ["parent_id"] = parent,
                ["name"] = json?["name"]?.DeepClone(),
            }),
            ("POST", ["channels", var channel, "messages"]) => (200, Message(channel, json)),
            ("POST", ["webhooks", _, _]) => (200, Message("webhook", json)),
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => (200, Message("webhook", json)),
            ("DELETE", ["webhooks", _, _, "messages", "@original"]) => null,
            _ => (404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 }),
        };
    }

    private JsonObject Message(string channelId, JsonNode? json) => new()
    {
        ["id"] = NextId(),
        ["channel_id"] = channelId,
        ["content"] = json?["content"]?.DeepClone(),
    };

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static T? Take<T>(ConcurrentQueue<(string Method, string PathFragment, T Value)> queue, string method, string path)
        where T : class
    {
        // Faults and delays are rare and tests add them up front, so a scan of the queue is fine.
        var count = queue.Count;
        T? taken = null;
        for (var i = 0; i < count && queue.TryDequeue(out var entry); i++)
        {
            if (taken is null && entry.Method == method && path.Contains(entry.PathFragment, StringComparison.Ordinal))
            {
                taken = entry.Value;
                continue;
            }

            queue.Enqueue(entry);
        }

        return taken;
    }

    private static async Task WriteFaultAsync(HttpResponse response, RestFault fault)
    {
        if (fault.Status != 429)
        {
            response.StatusCode = fault.Status;
            response.ContentType = "text/html";
            await response.WriteAsync("<html>502 Bad Gateway</html>");
            return;
        }

        response.Headers["Retry-After"] = Math.Ceiling(fault.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Scope"] = fault.Global ? "global" : "user";
        if (fault.Global)
        {
            response.Headers["X-RateLimit-Global"] = "true";
        }

        await WriteAsync(response, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = fault.RetryAfterSeconds,
            ["global"] = fault.Global,
        });
    }

    private static async Task WriteAsync(HttpResponse response, int status, JsonNode body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString());
    }

    private static async Task<(JsonNode? Json, IReadOnlyDictionary<string, string> Files)> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var payload = form["payload_json"].ToString();
            var files = new Dictionary<string, string>();
            foreach (var file in form.Files)
            {
                using var content = new StreamReader(file.OpenReadStream());
                files[file.FileName] = await content.ReadToEndAsync();
            }

            return (payload.Length > 0 ? JsonNode.Parse(payload) : null, files);
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        try
        {
            return (text.Length > 0 ? JsonNode.Parse(text) : null, new Dictionary<string, string>());
        }
        catch (JsonException)
        {
            return (null, new Dictionary<string, string>());
        }
    }
}
