using Microsoft.Extensions.Hosting;

namespace TutorBot.Storage;

public static class StorageHostBuilderExtensions
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
