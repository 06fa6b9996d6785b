using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>
/// A gateway v10 stand-in: Hello, Identify (checks the token and privileged intents), READY with a
/// resume_gateway_url, Resume with replay of missed events, heartbeat ACKs, and controls to inject faults.
/// </summary>
public sealed class FakeGateway(string token, Func<string> resumeBaseUrl)
{
    public const int MessageContentIntent = 1 << 15;

    private readonly Lock _lock = new();
    private readonly List<JsonObject> _received = [];
    private readonly List<int> _clientCloseCodes = [];
    private FakeGatewaySession? _session;
    private FakeGatewayConnection? _connection;
    private int _sessionCounter;

    public int HeartbeatIntervalMs { get; set; } = 200;

    public bool AckHeartbeats { get; set; } = true;

    public bool AllowMessageContent { get; set; } = true;

    /// <summary>On resume, also re-send this many events the client already had (Discord may replay them).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>Close the connection with this code instead of answering Identify (4004, 4014, ...).</summary>
    public int? RejectIdentifyWith { get; set; }

    public int Connections { get; private set; }

    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_lock)
            {
                return _received.ToList();
            }
        }
    }

    /// <summary>The close codes of the close frames clients sent (a dropped socket sends none; Discord logs it as 1006).</summary>
    public IReadOnlyList<int> ClientCloseCodes
    {
        get
        {
            lock (_lock)
            {
                return _clientCloseCodes.ToList();
            }
        }
    }

    public int Identifies => Received.Count(f => (int?)f["op"] == 2);

    public IReadOnlyList<JsonObject> Resumes => Received.Where(f => (int?)f["op"] == 6).ToList();

    public int Heartbeats => Received.Count(f => (int?)f["op"] == 1);

    /// <summary>A client holds a connection on which READY or RESUMED has gone out.</summary>
    public bool IsReady
    {
        get
        {
            lock (_lock)
            {
                return _connection is { Announced: true };
            }
        }
    }

    public string? LastResumePath { get; private set; }

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path.Value ?? "");
        lock (_lock)
        {
            Connections++;
        }

        try
        {
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
            var buffer = new byte[64 * 1024];
            while (socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(socket, buffer);
                if (text is null)
                {
                    await OnClientCloseAsync(connection);
                    break;
                }

                var frame = JsonNode.Parse(text)!.AsObject();
                lock (_lock)
                {
                    _received.Add(frame);
                }

                await OnFrameAsync(connection, frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            lock (_lock)
            {
                if (_connection == connection)
                {
                    _connection = null;
                }
            }
        }
    }

    /// <summary>Sends an event in the current session; when no client is connected it waits in the session for a resume.</summary>
    public async Task<long> DispatchAsync(string name, JsonObject data)
    {
        FakeGatewayConnection? connection;
        long sequence;
        lock (_lock)
        {
            var session = _session ?? throw new InvalidOperationException("no gateway session yet");
            sequence = ++session.Sequence;
            session.Events.Add((sequence, name, data));
            connection = _connection;
        }

        if (connection is not null)
        {
            try
            {
                await connection.SendAsync(Dispatch(sequence, name, data));
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
            {
            }
        }

        return sequence;
    }

    /// <summary>Drops the connection without a close frame, as a network failure does.</summary>
    public void Drop() => Take()?.Abort();

    public Task SendReconnectAsync() => SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable)
    {
        lock (_lock)
        {
            if (!resumable && _session is not null)
            {
                _session.Invalidated = true;
            }
        }

        return SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    public async Task CloseAsync(int code)
    {
        if (Take() is { } connection)
        {
            await connection.CloseAsync(code);
        }
    }

    public Task SendRawAsync(string text) => Current()?.SendTextAsync(text) ?? Task.CompletedTask;

    private Task SendAsync(JsonObject payload) => Current()?.SendAsync(payload) ?? Task.CompletedTask;

    private async Task OnFrameAsync(FakeGatewayConnection connection, JsonObject frame)
    {
        switch ((int?)frame["op"])
        {
            case 1:
                if (AckHeartbeats)
                {
                    await connection.SendAsync(new JsonObject { ["op"] = 11 });
                }

                break;
            case 2:
                await IdentifyAsync(connection, frame["d"]!.AsObject());
                break;
            case 6:
                await ResumeAsync(connection, frame["d"]!.AsObject());
                break;
        }
    }

    /// <summary>Records the client's close code and, as the WebSocket protocol asks, answers with a close frame of its own.</summary>
    private async Task OnClientCloseAsync(FakeGatewayConnection connection)
    {
        var code = (int?)connection.Socket.CloseStatus ?? 1005;
        lock (_lock)
        {
            _clientCloseCodes.Add(code);
            if (code is 1000 or 1001 && _session is not null)
            {
                // Discord ends the session on a normal close: it can no longer be resumed.
                _session.Invalidated = true;
            }
        }

        if (connection.Socket.State == WebSocketState.CloseReceived)
        {
            await connection.CloseAsync(code);
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonObject data)
    {
        if (RejectIdentifyWith is { } code)
        {
            await connection.CloseAsync(code);
            return;
        }

        if ((string?)data["token"] != token)
        {
            await connection.CloseAsync(4004);
            return;
        }

        if (((int?)data["intents"] & MessageContentIntent) != 0 && !AllowMessageContent)
        {
            await connection.CloseAsync(4014);
            return;
        }

        FakeGatewaySession session;
        lock (_lock)
        {
            session = new FakeGatewaySession($"session-{++_sessionCounter}");
            _session = session;
            _connection = connection;
            session.Sequence++;
        }

        await connection.SendAsync(Dispatch(session.Sequence, "READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = "111", ["username"] = "tutorbot", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = resumeBaseUrl(),
            ["application"] = new JsonObject { ["id"] = "222", ["flags"] = 0 },
        }));
        connection.Announced = true;
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonObject data)
    {
        List<(long Sequence, string Name, JsonObject Data)> replay;
        long sequence;
        lock (_lock)
        {
            LastResumePath = connection.Path;
            if ((string?)data["token"] != token || _session is null || _session.Invalidated || (string?)data["session_id"] != _session.Id)
            {
                replay = [];
                sequence = -1;
            }
            else
            {
                var after = ((long?)data["seq"] ?? 0) - ReplayOverlap;
                replay = _session.Events.Where(e => e.Sequence > after).ToList();
                _connection = connection;
                sequence = ++_session.Sequence;
            }
        }

        if (sequence < 0)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        foreach (var (eventSequence, name, eventData) in replay)
        {
            await connection.SendAsync(Dispatch(eventSequence, name, eventData));
        }

        await connection.SendAsync(Dispatch(sequence, "RESUMED", new JsonObject()));
        connection.Announced = true;
    }

    private FakeGatewayConnection? Current()
    {
        lock (_lock)
        {
            return _connection;
        }
    }

    private FakeGatewayConnection? Take()
    {
        lock (_lock)
        {
            var connection = _connection;
            _connection = null;
            return connection;
        }
    }

    private static JsonObject Dispatch(long sequence, string name, JsonObject data) => new()
    {
        ["op"] = 0,
        ["s"] = sequence,
        ["t"] = name,
        ["d"] = data.DeepClone(),
    };

    private static async Task<string?> ReceiveAsync(WebSocket socket, byte[] buffer)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
