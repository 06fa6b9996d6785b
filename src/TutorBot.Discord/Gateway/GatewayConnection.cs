using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace TutorBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: Hello, Identify or Resume, heartbeats with ACK tracking, and dispatches
/// handed to <paramref name="dispatch"/>. Ends with a <see cref="ConnectionOutcome"/>; never throws for a dropped socket.
/// </summary>
internal sealed class GatewayConnection(
    string token,
    GatewaySession session,
    Func<CancellationToken, Task<JsonObject>> identifyAsync,
    Func<GatewayPayload, Task> dispatch,
    TimeProvider time,
    ILogger logger)
{
    private const int MaxFrameBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private volatile bool _ackReceived = true;
    private volatile bool _zombie;
    private bool _established;

    public async Task<ConnectionOutcome> RunAsync(Uri url, CancellationToken cancellationToken)
    {
        // Not linked to cancellationToken: a cancelled receive or send aborts the socket, and a stop must close it with 1000.
        using var connectionCts = new CancellationTokenSource();
        Task heartbeat = Task.CompletedTask;
        Task closing = Task.CompletedTask;
        try
        {
            await _socket.ConnectAsync(url, cancellationToken);
            await using var stopping = cancellationToken.Register(() => closing = CloseOnStopAsync(connectionCts));
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var frame = await ReceiveFrameAsync(buffer, connectionCts.Token);
                if (frame is null)
                {
                    return cancellationToken.IsCancellationRequested ? Stopped() : Closed();
                }

                var payload = GatewayPayload.TryParse(frame);
                if (payload is null)
                {
                    logger.LogWarning("Ignored a gateway frame that is not a JSON payload ({Bytes} bytes)", frame.Length);
                    continue;
                }

                switch (payload.Opcode)
                {
                    case GatewayOpcode.Hello:
                        var interval = TimeSpan.FromMilliseconds(payload.Data.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatLoopAsync(interval, connectionCts);
                        await SendAsync(await HandshakeAsync(connectionCts.Token), connectionCts.Token);
                        break;
                    case GatewayOpcode.Heartbeat:
                        await SendHeartbeatAsync(connectionCts.Token);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        _ackReceived = true;
                        break;
                    case GatewayOpcode.Reconnect:
                        logger.LogInformation("Gateway asked for a reconnect (op 7)");
                        await CloseForResumeAsync();
                        return new ConnectionOutcome(ConnectionEnd.ReconnectRequested, _established, Resumable: true);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.Data.ValueKind == JsonValueKind.True;
                        logger.LogWarning("Gateway invalidated the session (op 9, resumable: {Resumable})", resumable);
                        await CloseForResumeAsync();
                        return new ConnectionOutcome(ConnectionEnd.InvalidSession, _established, resumable);
                    case GatewayOpcode.Dispatch:
                        OnDispatch(payload);
                        if (cancellationToken.IsCancellationRequested)
                        {
                            logger.LogInformation("Ignored {Event} that arrived while stopping", payload.EventName);
                            break;
                        }

                        await dispatch(payload);
                        break;
                    default:
                        logger.LogDebug("Ignored gateway opcode {Opcode}", (int)payload.Opcode);
                        break;
                }
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            await closing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await CloseAsync(WebSocketCloseStatus.NormalClosure);
            return Stopped();
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            logger.LogWarning("A gateway control payload lacked a required field ({Error}); reconnecting", exception.GetType().Name);
            await CloseForResumeAsync();
            return new ConnectionOutcome(ConnectionEnd.Dropped, _established, Resumable: true);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            if (_zombie)
            {
                logger.LogWarning("No heartbeat ACK since the last heartbeat; reconnecting");
                return new ConnectionOutcome(ConnectionEnd.Zombie, _established, Resumable: true);
            }

            logger.LogWarning("Gateway connection lost: {Reason}", exception.Message);
            return new ConnectionOutcome(ConnectionEnd.Dropped, _established, Resumable: true);
        }
        finally
        {
            await connectionCts.CancelAsync();
            await closing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _socket.Dispose();
        }
    }

    private ConnectionOutcome Stopped()
    {
        logger.LogInformation("Gateway connection closed (1000) on stop");
        return new ConnectionOutcome(ConnectionEnd.Stopped, _established, Resumable: false);
    }

    /// <summary>
    /// Sends close 1000 (Discord then shows the bot offline at once and ends the session), then waits a short while
    /// for Discord's close frame before the socket is abandoned.
    /// </summary>
    private async Task CloseOnStopAsync(CancellationTokenSource connectionCts)
    {
        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            await CloseAsync(WebSocketCloseStatus.NormalClosure);
        }
        finally
        {
            _sendLock.Release();
        }

        connectionCts.CancelAfter(CloseHandshakeTimeout);
    }

    private ConnectionOutcome Closed()
    {
        var code = (int?)_socket.CloseStatus;
        logger.LogWarning("Gateway closed the connection with code {Code} ({Description})", code, _socket.CloseStatusDescription);
        if (code is { } c && GatewayCloseCodes.FatalReason(c) is not null)
        {
            return new ConnectionOutcome(ConnectionEnd.Fatal, _established, Resumable: false, c);
        }

        var resumable = code is not { } closeCode || !GatewayCloseCodes.EndsSession(closeCode);
        return new ConnectionOutcome(ConnectionEnd.Dropped, _established, resumable, code);
    }

    private void OnDispatch(GatewayPayload payload)
    {
        if (payload.Sequence is { } sequence)
        {
            session.Observe(sequence);
        }

        if (payload.EventName == "READY")
        {
            session.Start(
                payload.Data.GetProperty("session_id").GetString()!,
                payload.Data.GetProperty("resume_gateway_url").GetString()!);
            _established = true;
            logger.LogInformation("Gateway session ready");
        }
        else if (payload.EventName == "RESUMED")
        {
            _established = true;
            logger.LogInformation("Gateway session resumed at sequence {Sequence}", session.Sequence);
        }
    }

    private Task<JsonObject> HandshakeAsync(CancellationToken cancellationToken)
    {
        if (session.CanResume)
        {
            return Task.FromResult(new JsonObject
            {
                ["op"] = (int)GatewayOpcode.Resume,
                ["d"] = new JsonObject
                {
                    ["token"] = token,
                    ["session_id"] = session.SessionId,
                    ["seq"] = session.Sequence,
                },
            });
        }

        return identifyAsync(cancellationToken);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationTokenSource connectionCts)
    {
        try
        {
            // The first heartbeat waits interval * jitter so that a fleet of clients does not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, connectionCts.Token);
            while (!connectionCts.IsCancellationRequested)
            {
                if (!_ackReceived)
                {
                    _zombie = true;
                    _socket.Abort();
                    return;
                }

                _ackReceived = false;
                await SendHeartbeatAsync(connectionCts.Token);
                await Task.Delay(interval, time, connectionCts.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["op"] = (int)GatewayOpcode.Heartbeat, ["d"] = session.Sequence }, cancellationToken);

    private async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<byte[]?> ReceiveFrameAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                throw new WebSocketException($"a gateway frame exceeded {MaxFrameBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    /// <summary>Any close code but 1000/1001 keeps the session resumable.</summary>
    private Task CloseForResumeAsync() => CloseAsync((WebSocketCloseStatus)4000);

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync(status, null, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            _socket.Abort();
        }
    }
}
