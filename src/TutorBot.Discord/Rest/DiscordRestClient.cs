using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TutorBot.Discord.Rest;

/// <summary>
/// Sends REST v10 requests with the bot token, waits out rate limits (route and global 429s), and retries
/// 5xx answers a bounded number of times. Errors name the route with tokens replaced, never the token.
/// </summary>
public sealed class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    DiscordRateLimiter rateLimiter,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    private const int MaxRateLimitRetries = 5;

    /// <summary>Sends the request; returns the response body (or an empty element for 204).</summary>
    public async Task<JsonElement> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.From(request.Method, request.Path);
        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            var (response, networkError) = await SendOnceAsync(request, route, cancellationToken);
            using (response)
            {
                if (response is not null && response.IsSuccessStatusCode)
                {
                    return await ReadBodyAsync(response, cancellationToken);
                }

                if (response?.StatusCode == HttpStatusCode.TooManyRequests && rateLimits++ < MaxRateLimitRetries)
                {
                    await WaitOutRateLimitAsync(response, route, cancellationToken);
                    continue;
                }

                var status = response is null ? networkError! : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                if ((response is null || (int)response.StatusCode >= 500) && failures < options.Value.MaxServerErrorRetries)
                {
                    var backoff = options.Value.ServerErrorBackoff * Math.Pow(2, failures++);
                    logger.LogWarning("{Route} failed ({Status}); retry {Attempt} in {BackoffMs} ms", route.Display, status, failures, (int)backoff.TotalMilliseconds);
                    await Task.Delay(backoff, time, cancellationToken);
                    continue;
                }

                throw response is null
                    ? new DiscordRestException(0, null, $"{route.Display} failed: {networkError}")
                    : await ErrorAsync(response, route, cancellationToken);
            }
        }
    }

    private async Task WaitOutRateLimitAsync(HttpResponseMessage response, DiscordRoute route, CancellationToken cancellationToken)
    {
        var (retryAfter, global) = await ReadRateLimitAsync(response, cancellationToken);
        logger.LogWarning("Rate limited on {Route} ({Scope}); retrying in {RetryAfterMs} ms", route.Display, global ? "global" : "route", (int)retryAfter.TotalMilliseconds);
        if (global)
        {
            rateLimiter.BlockGlobal(retryAfter);
        }
        else
        {
            rateLimiter.BlockRoute(route.BucketKey, retryAfter);
        }
    }

    /// <summary>The response, or null and a reason when the request never got one (connection refused, timeout).</summary>
    private async Task<(HttpResponseMessage? Response, string? NetworkError)> SendOnceAsync(DiscordRequest request, DiscordRoute route, CancellationToken cancellationToken)
    {
        using var slot = await rateLimiter.AcquireAsync(route.BucketKey, cancellationToken);
        using var message = new HttpRequestMessage(request.Method, options.Value.ApiBaseUrl.TrimEnd('/') + request.Path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        message.Headers.UserAgent.ParseAdd("DiscordBot (https://github.com/tutorbot/tutorbot, 1.0)");
        message.Content = Content(request);
        var client = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            var response = await client.SendAsync(message, cancellationToken);
            rateLimiter.Observe(route.BucketKey, response.Headers);
            return (response, null);
        }
        catch (HttpRequestException exception)
        {
            // Only the error kind: the exception text can carry the URL, and with it an interaction token.
            return (null, exception.HttpRequestError.ToString());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timed out");
        }
    }

    private static HttpContent? Content(DiscordRequest request)
    {
        var json = request.Body?.ToJsonString();
        if (request.Attachment is null)
        {
            return json is null ? null : new StringContent(json, Encoding.UTF8, "application/json");
        }

        var multipart = new MultipartFormDataContent();
        if (json is not null)
        {
            multipart.Add(new StringContent(json, Encoding.UTF8, "application/json"), "payload_json");
        }

        var file = new ByteArrayContent(request.Attachment.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(request.Attachment.FileName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) ? "image/png" : "application/octet-stream");
        multipart.Add(file, "files[0]", request.Attachment.FileName);
        return multipart;
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var globalHeader) && globalHeader.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase))
            || response.Headers.TryGetValues("X-RateLimit-Scope", out var scope) && scope.Contains("global");
        try
        {
            var body = await ReadBodyAsync(response, cancellationToken);
            if (body.ValueKind == JsonValueKind.Object)
            {
                if (body.TryGetProperty("retry_after", out var retryAfter) && retryAfter.ValueKind == JsonValueKind.Number)
                {
                    seconds = retryAfter.GetDouble();
                }

                global |= body.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Cloudflare bans answer 429 with HTML; the Retry-After header still holds.
        }

        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), CultureInfo.InvariantCulture, out var headerSeconds))
        {
            seconds = headerSeconds;
        }

        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global);
    }

    private static async Task<DiscordRestException> ErrorAsync(HttpResponseMessage response, DiscordRoute route, CancellationToken cancellationToken)
    {
        int? code = null;
        var reason = response.ReasonPhrase ?? "";
        try
        {
            var body = await ReadBodyAsync(response, cancellationToken);
            if (body.ValueKind == JsonValueKind.Object)
            {
                code = body.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
                reason = body.TryGetProperty("message", out var m) ? m.GetString() ?? reason : reason;
            }
        }
        catch (JsonException)
        {
        }

        var suffix = code is null ? "" : $" ({code})";
        return new DiscordRestException((int)response.StatusCode, code, $"Discord answered {(int)response.StatusCode} to {route.Display}: {reason}{suffix}");
    }
}
