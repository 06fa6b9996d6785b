using System.Net;
using Microsoft.Extensions.Logging;

namespace TutorBot.Llm.OpenAi;

/// <summary>
/// Sends a request again when the server answers 429 or 5xx, or cannot be reached, waiting as <see cref="RetryDelays"/>
/// says. Only the status and the wait are logged: never a header (the API key travels in one).
/// </summary>
public sealed class RetryingHandler(int maxRetries, TimeSpan baseDelay, TimeProvider time, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // A retry sends the same body again.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (attempt <= maxRetries)
            {
                var wait = RetryDelays.Backoff(baseDelay, attempt, Random.Shared.NextDouble());
                logger.LogWarning("The model server could not be reached ({Reason}); retry {Attempt} of {MaxRetries} in {Wait} ms",
                    e.Message, attempt, maxRetries, (int)wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsTransient(response.StatusCode) || attempt > maxRetries)
            {
                return response;
            }

            var delay = RetryDelays.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow())
                ?? RetryDelays.Backoff(baseDelay, attempt, Random.Shared.NextDouble());
            logger.LogWarning("The model server answered {Status}; retry {Attempt} of {MaxRetries} in {Wait} ms",
                (int)response.StatusCode, attempt, maxRetries, (int)delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
