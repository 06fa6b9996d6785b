using Microsoft.Extensions.Hosting;

namespace TutorBot.Host.Hosting;

public static class ThrowawayStoreExtensions
{
    /// <summary>Points the host's storage at this database.</summary>
    public static void Use(this IThrowawayStore store, HostApplicationBuilder builder)
    {
        foreach (var (key, value) in store.Settings)
        {
            builder.Configuration[key] = value;
        }
    }

}
