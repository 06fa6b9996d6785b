using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Storage;

namespace TutorBot.Host.Commands;

/// <summary>Starts a host for the tutor verbs (chat, bench interview); an unusable database is one clear line, not a logged stack trace.</summary>
public static class ChatStartup
{
    /// <summary>True when the host runs; false after printing why the database cannot be used.</summary>
    public static async Task<bool> StartAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            // Checked before the host starts, so that the failure is not also logged by the host with its trace.
            await host.Services.GetRequiredService<SqliteDatabase>().EnsureReadyAsync(cancellationToken);
        }
        catch (StorageException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return false;
        }

        await host.StartAsync(cancellationToken);
        return true;
    }
}
