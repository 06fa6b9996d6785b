using Microsoft.Extensions.Hosting;

namespace TutorBot.Storage;

/// <summary>Checks and migrates the database when the host starts, so that a bad file stops start-up with its path.</summary>
public sealed class StorageMigrationService(SqliteDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
