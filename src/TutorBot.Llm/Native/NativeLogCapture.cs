using Microsoft.Extensions.Logging;

namespace TutorBot.Llm.Native;

/// <summary>The native warnings and errors logged while it is open (a model load, a grammar check).</summary>
internal sealed class NativeLogCapture(Action<NativeLogCapture> release) : IDisposable
{
    private readonly List<(LogLevel Level, string Line)> _problems = [];

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems.Select(p => p.Line)];
            }
        }
    }

    private IReadOnlyList<string> Errors
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems.Where(p => p.Level >= LogLevel.Error).Select(p => p.Line)];
            }
        }
    }

    /// <summary>The most telling error line, with llama.cpp's function prefix removed, or null.</summary>
    public string? Reason()
    {
        var errors = Errors;
        var line = errors.FirstOrDefault(p => p.Contains("error loading model", StringComparison.Ordinal))
                   ?? errors.FirstOrDefault();
        if (line is null)
        {
            return null;
        }

        const string marker = "error loading model: ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? line[(at + marker.Length)..] : line;
    }

    public void Add(LogLevel level, string line)
    {
        if (level < LogLevel.Warning)
        {
            return;
        }

        lock (_problems)
        {
            _problems.Add((level, line));
        }
    }

    public void Dispose() => release(this);
}
