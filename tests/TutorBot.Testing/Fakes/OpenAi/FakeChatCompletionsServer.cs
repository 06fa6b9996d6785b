using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TutorBot.Testing.Fakes.OpenAi;

/// <summary>
/// A local OpenAI-compatible server on 127.0.0.1, written from the chat-completions API: POST /v1/chat/completions
/// answers a JSON completion, or with "stream": true server-sent `data: {chunk}` lines ending in `data: [DONE]`.
/// Queued failures answer the next requests with 429/5xx error bodies (and Retry-After), or hang. The text of each
/// completion comes from the responder; every request is recorded.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    private const int StreamPieceLength = 7;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<FakeFailure> _failures = new();
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();
    private readonly Func<FakeChatRequest, string> _responder;
    private readonly Task _acceptLoop;
    private int _inFlight;
    private int _maxInFlight;

    public FakeChatCompletionsServer(Func<FakeChatRequest, string> responder)
    {
        _responder = responder;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    public IReadOnlyList<FakeChatRequest> Requests => [.. _requests];

    /// <summary>The most requests the server was answering at one time.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>How long each completion takes before its first byte.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public void Fail(params FakeFailure[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            var request = await FakeHttpReader.ReadAsync(stream, _stop.Token);
            if (request is null)
            {
                return;
            }

            var inFlight = Interlocked.Increment(ref _inFlight);
            InterlockedMax(inFlight);
            try
            {
                await AnswerAsync(stream, request);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task AnswerAsync(NetworkStream stream, FakeChatRequest request)
    {
        if (request.Method != "POST" || request.Path.TrimEnd('/') != "/v1/chat/completions")
        {
            await WriteErrorAsync(stream, new FakeFailure(404, $"no route {request.Method} {request.Path}", "invalid_request_error"));
            return;
        }

        _requests.Enqueue(request);
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.Hang)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }

            await WriteErrorAsync(stream, failure);
            return;
        }

        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, _stop.Token);
        }

        var content = _responder(request);
        var model = request.Body.TryGetProperty("model", out var m) ? m.GetString() ?? "fake" : "fake";
        if (request.Stream)
        {
            await WriteStreamAsync(stream, model, content);
        }
        else
        {
            await WriteAsync(stream, 200, "application/json", JsonSerializer.Serialize(FakeChatPayloads.Completion(model, content)), null);
        }
    }

    private static async Task WriteStreamAsync(NetworkStream stream, string model, string content)
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var pieces = content.Chunk(StreamPieceLength).Select(c => new string(c)).ToList();
        await WriteEventAsync(stream, JsonSerializer.Serialize(FakeChatPayloads.Chunk(model, "", role: "assistant", finishReason: null)));
        foreach (var piece in pieces)
        {
            await WriteEventAsync(stream, JsonSerializer.Serialize(FakeChatPayloads.Chunk(model, piece, role: null, finishReason: null)));
        }

        await WriteEventAsync(stream, JsonSerializer.Serialize(FakeChatPayloads.Chunk(model, null, role: null, finishReason: "stop")));
        await WriteEventAsync(stream, "[DONE]");
    }

    private static async Task WriteEventAsync(NetworkStream stream, string data)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"data: {data}\n\n"));
        await stream.FlushAsync();
    }

    private static Task WriteErrorAsync(NetworkStream stream, FakeFailure failure)
    {
        var body = JsonSerializer.Serialize(new { error = new { message = failure.Message, type = failure.Type, code = (string?)null } });
        var extra = failure.RetryAfterSeconds is { } seconds ? $"Retry-After: {seconds}\r\n" : null;
        return WriteAsync(stream, failure.Status, "application/json", body, extra);
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string contentType, string body, string? extraHeaders)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {Reason(status)}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Error",
    };

    private void InterlockedMax(int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, value, seen) != seen)
        {
        }
    }
}
