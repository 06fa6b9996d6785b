using System.Text;
using System.Text.Json;

namespace TutorBot.Testing.Fakes.OpenAi;

/// <summary>Reads one HTTP/1.1 request (head, then a Content-Length or chunked body) off a connection.</summary>
public static class FakeHttpReader
{
    public static async Task<FakeChatRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = headers.TryGetValue("content-length", out var length)
            ? await ReadExactlyAsync(stream, int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), cancellationToken)
            : headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
                ? await ReadChunkedAsync(stream, cancellationToken)
                : [];
        var json = body.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(body).RootElement.Clone();
        return new FakeChatRequest(requestLine[0], requestLine[1], headers, json, DateTimeOffset.UtcNow);
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var bytes = new byte[count];
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }

    private static async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken cancellationToken)
    {
        var body = new List<byte>();
        while (true)
        {
            var sizeLine = await ReadLineAsync(stream, cancellationToken);
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                await ReadLineAsync(stream, cancellationToken);
                return [.. body];
            }

            body.AddRange(await ReadExactlyAsync(stream, size, cancellationToken));
            await ReadLineAsync(stream, cancellationToken);
        }
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (line.Count < 2 || line[^2] != '\r' || line[^1] != '\n')
        {
            await stream.ReadExactlyAsync(one, cancellationToken);
            line.Add(one[0]);
        }

        return Encoding.ASCII.GetString([.. line])[..^2];
    }
}
