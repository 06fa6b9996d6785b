using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Core.Conversation;
using TutorBot.Core.Persistence;
using TutorBot.Testing.Logging;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>The real bot (DiscordBotService and everything under it) connected to a fresh fake Discord (or to a
/// shared one that several bots use, as separate processes would), with short timings.</summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly bool _ownsDiscord;

    private BotHarness(FakeDiscord discord, bool ownsDiscord, IHost host, CapturedLogs logs, ITutorService tutor)
    {
        _ownsDiscord = ownsDiscord;
        Discord = discord;
        Host = host;
        Logs = logs;
        Tutor = tutor;
    }

    public FakeDiscord Discord { get; }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public ITutorService Tutor { get; }

    public FakeInterviewTutor Interview => (FakeInterviewTutor)Tutor;

    public static string NewToken() => "MTAxMjM0NTY3ODkw.fake." + Guid.NewGuid().ToString("N");

    public static async Task<BotHarness> StartAsync(
        Action<DiscordOptions>? configure = null,
        Action<FakeDiscord>? arrange = null,
        ITutorService? tutor = null,
        bool waitForReady = true,
        string? token = null,
        Func<HostApplicationBuilder>? composition = null,
        FakeDiscord? sharedDiscord = null)
    {
        var discord = sharedDiscord ?? await FakeDiscord.StartAsync(NewToken());
        if (sharedDiscord is null)
        {
            discord.Gateway.HeartbeatIntervalMs = 1000;
        }

        arrange?.Invoke(discord);
        var logs = new CapturedLogs();
        var builder = composition?.Invoke() ?? new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        if (composition is null)
        {
            var fake = tutor ?? new FakeInterviewTutor();
            builder.Services.AddSingleton(fake);
            builder.Services.AddSingleton((IInterviewOwners)fake);
        }

        builder.Services.AddDiscordServices().AddDiscordBot();
        builder.Services.Configure<DiscordOptions>(o =>
        {
            o.Token = token ?? discord.Token;
            o.GuildId = InteractionPayloads.GuildId;
            o.ApiBaseUrl = discord.ApiBaseUrl;
            o.ModelCooldownSeconds = 0;
            o.ServerErrorBackoff = TimeSpan.FromMilliseconds(10);
            o.ReconnectBackoff = TimeSpan.FromMilliseconds(20);
            o.ReconnectBackoffMax = TimeSpan.FromMilliseconds(200);
            o.InvalidSessionDelayMin = TimeSpan.FromMilliseconds(10);
            o.InvalidSessionDelayMax = TimeSpan.FromMilliseconds(30);
            o.IdentifyInterval = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync();
        var harness = new BotHarness(discord, sharedDiscord is null, host, logs, host.Services.GetRequiredService<ITutorService>());
        if (waitForReady)
        {
            await Eventually.TrueAsync(() => discord.Gateway.IsReady, "the bot to identify");
        }

        return harness;
    }

    public Task<long> SendInteractionAsync(JsonObject interaction) => Discord.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);

    /// <summary>Waits until the bot has edited this interaction's original response, and returns the edit.</summary>
    public async Task<RecordedRequest> EditedOriginalAsync(JsonObject interaction)
    {
        var token = (string)interaction["token"]!;
        RecordedRequest? edit = null;
        await Eventually.TrueAsync(() => (edit = Discord.Rest.Where("PATCH", token + "/messages/@original").FirstOrDefault()) is not null, "the edited original response");
        return edit!;
    }

    /// <summary>/interview start on transformer in English; returns the thread's id once its first question is out.</summary>
    public async Task<string> StartInterviewAsync(int count = 2)
    {
        var start = InteractionPayloads.SlashCommand("interview", new JsonObject { ["topic"] = "transformer", ["count"] = count, ["language"] = "en" }, subcommand: "start");
        await SendInteractionAsync(start);
        var thread = Regex.Match((await EditedOriginalAsync(start)).Content!, @"<#(\d+)>").Groups[1].Value;
        await Eventually.TrueAsync(() => Discord.Rest.Where("POST", $"/channels/{thread}/messages").Count > 0, "the first question");
        return thread;
    }

    public IReadOnlyList<RecordedRequest> Callbacks(JsonObject interaction) =>
        Discord.Rest.Where("POST", $"/interactions/{(string)interaction["id"]!}/");

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        if (_ownsDiscord)
        {
            await Discord.DisposeAsync();
        }
    }
}
