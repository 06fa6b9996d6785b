using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TutorBot.Storage.Retention;

/// <summary>With Storage:RetentionDays set, removes older interviews at start-up and then once a day; unset, keeps everything.</summary>
public sealed class RetentionService(InterviewRetention retention, IOptions<StorageOptions> options, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetentionDays is not { } days)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var deleted = await retention.PurgeAsync(clock.GetUtcNow().AddDays(-days), stoppingToken);
                logger.LogInformation("Retention: deleted {Count} interviews older than {Days} days", deleted, days);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Retention cleanup failed; retrying in a day: {Error}", ex.Message);
            }

            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
