using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Persistence;
using TutorBot.Discord.Commands;
using TutorBot.Discord.Gateway;
using TutorBot.Discord.Interactions;
using TutorBot.Discord.Privacy;
using TutorBot.Discord.Rest;

namespace TutorBot.Discord;

public static class DiscordHostBuilderExtensions
{
    /// <summary>
    /// Binds Discord options and registers the REST client, gateway client and interaction handling. The bot itself
    /// (a hosted service) is added only by <see cref="AddDiscordBot"/>, so other verbs never connect to Discord.
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDiscordServices().AddOptions<DiscordOptions>().Bind(builder.Configuration.GetSection(DiscordOptions.SectionName));
        return builder;
    }

    public static IServiceCollection AddDiscordServices(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().ValidateDataAnnotations();
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordApi>();
        services.TryAddSingleton<IdentifyGate>();
        services.TryAddSingleton<DiscordGatewayClient>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<DiscordBotStatus>();
        services.TryAddSingleton<IRequestCooldowns, InMemoryRequestCooldowns>();
        services.TryAddSingleton<UserLimits>();
        services.TryAddSingleton<PerUserQueue>();
        services.TryAddSingleton<InterviewOwnership>();
        services.TryAddSingleton<UnfinishedInteractions>();
        services.TryAddSingleton<PrivacyCommands>();
        services.TryAddSingleton<TopicAutocomplete>();
        services.TryAddSingleton<EventDeduplicator>();
        services.TryAddSingleton<ScopedTutor>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<ThreadMessageHandler>();
        services.TryAddSingleton<IGatewayEventHandler, DiscordEventRouter>();
        return services;
    }

    /// <summary>Runs the bot as a hosted service and validates its options at start-up.</summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().ValidateOnStart();
        services.AddHostedService<DiscordBotService>();
        return services;
    }
}
