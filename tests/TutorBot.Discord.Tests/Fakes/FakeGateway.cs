using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TutorBot.Discord.Tests.Fakes;

/// <summary>
/// A gateway v10 stand-in: Hello, Identify (checks the token, privileged intents and, with ShardCount set, the
/// "shard" pair), READY with a resume_gateway_url, Resume with replay of missed events, heartbeat ACKs, and controls
/// to inject faults. Each shard has its own session and connection; a guild's events go out only on the shard
/// (guild_id >> 22) % ShardCount, other events on shard 0. Controls act on shard 0 unless told otherwise.
/// </summary>
public sealed class FakeGateway(string token, Func<string> resumeBaseUrl)
{
    public const int MessageContentIntent = 1 << 15;

    private readonly Lock _lock = new();
    private readonly List<JsonObject> _received = [];
    private readonly List<int> _clientCloseCodes = [];
    private readonly List<FakeIdentify> _identifies = [];
    private readonly Dictionary<int, FakeGatewaySession> _sessions = [];
    private readonly Dictionary<int, FakeGatewayConnection> _connections = [];
    private int _sessionCounter;

    public int HeartbeatIntervalMs { get; set; } = 200;

    public bool AckHeartbeats { get; set; } = true;

    public bool AllowMessageContent { get; set; } = true;

    /// <summary>On resume, also re-send this many events the client already had (Discord may replay them).</summary>
    public int ReplayOverlap { get; set; }

    /// <summary>Close the connection with this code instead of answering Identify (4004, 4014, ...).</summary>
    public int? RejectIdentifyWith { get; set; }

    /// <summary>The shard count clients must identify with; null accepts an Identify without "shard" (one shard).</summary>
    public int? ShardCount { get; set; }

    public int Connections { get; private set; }

    /// <summary>Every Identify the gateway accepted, with its shard and when it arrived.</summary>
    public IReadOnlyList<FakeIdentify> AcceptedIdentifies
    {
        get
        {
            lock (_lock)
            {
                return _identifies.ToList();
            }
        }
    }

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

    /// <summary>A client holds a connection for shard 0 on which READY or RESUMED has gone out.</summary>
    public bool IsReady => IsShardReady(0);

    public bool IsShardReady(int shard)
    {
        lock (_lock)
        {
            return _connections.TryGetValue(shard, out var connection) && connection.Announced;
        }
    }

    /// <summary>Connections opened for a shard's sessions (identified or resumed) so far.</summary>
    public int ConnectionsOf(int shard)
    {
        lock (_lock)
        {
            return _sessions.Values.Where(s => s.Shard == shard).Sum(s => s.Connections);
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
                if (_connections.TryGetValue(connection.Shard, out var current) && current == connection)
                {
                    _connections.Remove(connection.Shard);
                }
            }
        }
    }

    /// <summary>The shard an event goes out on: its guild's, or shard 0 for events outside a guild.</summary>
    public int ShardFor(JsonObject data) =>
        ShardCount is { } count && (string?)data["guild_id"] is { } guildId
            ? (int)((ulong.Parse(guildId, System.Globalization.CultureInfo.InvariantCulture) >> 22) % (ulong)count)
            : 0;

    /// <summary>Sends an event in its shard's current session; when no client is connected it waits in the session for a resume.</summary>
    public async Task<long> DispatchAsync(string name, JsonObject data)
    {
        FakeGatewayConnection? connection;
        long sequence;
        var shard = ShardFor(data);
        lock (_lock)
        {
            var session = _sessions.GetValueOrDefault(shard) ?? throw new InvalidOperationException($"no gateway session for shard {shard} yet");
            sequence = ++session.Sequence;
            session.Events.Add((sequence, name, data));
            connection = _connections.GetValueOrDefault(shard);
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
    public void Drop(int shard = 0) => Take(shard)?.Abort();

    /// <summary>Drops every shard's connection.</summary>
    public void DropAll()
    {
        foreach (var shard in ConnectedShards())
        {
            Drop(shard);
        }
    }

    public Task SendReconnectAsync() => SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable)
    {
        lock (_lock)
        {
            if (!resumable && _sessions.GetValueOrDefault(0) is { } session)
            {
                session.Invalidated = true;
            }
        }

        return SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });
    }

    public async Task CloseAsync(int code, int shard = 0)
    {
        if (Take(shard) is { } connection)
        {
            await connection.CloseAsync(code);
        }
    }

    public Task SendRawAsync(string text) => Current()?.SendTextAsync(text) ?? Task.CompletedTask;

    private Task SendAsync(JsonObject payload) => Current()?.SendAsync(payload) ?? Task.CompletedTask;

    private List<int> ConnectedShards()
    {
        lock (_lock)
        {
            return _connections.Keys.ToList();
        }
    }

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
            if (code is 1000 or 1001 && _sessions.GetValueOrDefault(connection.Shard) is { } session)
            {
                // Discord ends the session on a normal close: it can no longer be resumed.
                session.Invalidated = true;
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

        if (ShardOf(data) is not { } shard)
        {
            await connection.CloseAsync(ShardCount > 1 ? 4011 : 4010);
            return;
        }

        FakeGatewaySession session;
        lock (_lock)
        {
            session = new FakeGatewaySession($"session-{++_sessionCounter}") { Shard = shard, Connections = 1 };
            _sessions[shard] = session;
            connection.Shard = shard;
            _connections[shard] = connection;
            _identifies.Add(new FakeIdentify(shard, ShardCount ?? 1, DateTimeOffset.UtcNow));
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
            var session = _sessions.Values.FirstOrDefault(s => s.Id == (string?)data["session_id"]);
            if ((string?)data["token"] != token || session is null || session.Invalidated)
            {
                replay = [];
                sequence = -1;
            }
            else
            {
                var after = ((long?)data["seq"] ?? 0) - ReplayOverlap;
                replay = session.Events.Where(e => e.Sequence > after).ToList();
                connection.Shard = session.Shard;
                _connections[session.Shard] = connection;
                session.Connections++;
                sequence = ++session.Sequence;
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

    /// <summary>The shard an Identify names, or null when it names none although the gateway is sharded, or a wrong one.</summary>
    private int? ShardOf(JsonObject identify)
    {
        if (identify["shard"] is not JsonArray pair)
        {
            return ShardCount is null or 1 ? 0 : null;
        }

        var (id, count) = ((int?)pair[0], (int?)pair[1]);
        return count == (ShardCount ?? 1) && id is >= 0 && id < count ? id : null;
    }

    private FakeGatewayConnection? Current()
    {
        lock (_lock)
        {
            return _connections.GetValueOrDefault(0);
        }
    }

    private FakeGatewayConnection? Take(int shard)
    {
        lock (_lock)
        {
            _connections.Remove(shard, out var connection);
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
