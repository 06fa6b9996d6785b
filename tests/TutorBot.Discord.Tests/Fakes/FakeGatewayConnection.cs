using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>The server side of one client connection to the fake gateway.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocket Socket => socket;

    public string Path => path;

    public Task SendAsync(JsonObject payload) => SendTextAsync(payload.ToJsonString());

    public async Task SendTextAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The shard this connection serves, once it identified or resumed.</summary>
    public int Shard { get; set; }

    /// <summary>READY or RESUMED has gone out on this connection.</summary>
    public bool Announced { get; set; }

    public async Task CloseAsync(int code)
    {
        // Under the send lock, so that the close frame never overtakes a frame being sent.
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake gateway", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Abort() => socket.Abort();
}
