using Microsoft.Extensions.Hosting;

namespace TutorBot.Storage;

/// <summary>
/// Checks and migrates the database when the host starts, so that a bad file stops start-up with its path; when the
/// host stops (after the front-ends, which stop first), moves the write-ahead log into the database file.
/// </summary>
public sealed class StorageMigrationService(IStoreDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => database.FlushAsync(cancellationToken);
}
