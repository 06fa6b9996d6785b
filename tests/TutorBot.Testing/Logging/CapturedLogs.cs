using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TutorBot.Testing.Logging;

/// <summary>A logger provider that keeps every formatted message and exception, so tests can read (and scan) the logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
