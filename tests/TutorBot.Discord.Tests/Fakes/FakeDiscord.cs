using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>A local Discord on 127.0.0.1: REST under /api/v10, the gateway under /gateway, resumes under /resume.</summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string ApplicationId = "222";

    private readonly WebApplication _app;
    private string _baseUrl = "";

    private FakeDiscord(string token)
    {
        Token = token;
        Gateway = new FakeGateway(token, () => WebSocketBase + "/resume");
        Rest = new FakeDiscordRest(token, ApplicationId, () => WebSocketBase + "/gateway");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.UseWebSockets();
        _app.Run(RouteAsync);
    }

    public string Token { get; }

    public FakeGateway Gateway { get; }

    public FakeDiscordRest Rest { get; }

    public string ApiBaseUrl => _baseUrl + "/api/v10";

    private string WebSocketBase => "ws" + _baseUrl["http".Length..];

    public static async Task<FakeDiscord> StartAsync(string token)
    {
        var discord = new FakeDiscord(token);
        await discord._app.StartAsync();
        discord._baseUrl = discord._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return discord;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway.DropAll();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private Task RouteAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/api/v10/", StringComparison.Ordinal))
        {
            return Rest.HandleAsync(context);
        }

        if (path.StartsWith("/gateway", StringComparison.Ordinal) || path.StartsWith("/resume", StringComparison.Ordinal))
        {
            return Gateway.HandleAsync(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
