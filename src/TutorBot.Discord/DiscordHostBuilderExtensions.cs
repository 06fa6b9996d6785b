using Microsoft.Extensions.Hosting;

namespace TutorBot.Discord;

public static class DiscordHostBuilderExtensions
{
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
