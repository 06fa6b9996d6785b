using System.Text;
using LLama.Native;
using Microsoft.Extensions.Logging;

namespace TutorBot.Llm.Native;

/// <summary>
/// llama.cpp's log, which is process-wide: lines reach the current logger (filtered by level) and any open
/// <see cref="NativeLogCapture"/>, which is how a failed load learns its real reason ("missing tensor ...").
/// </summary>
internal static class NativeLog
{
    private static readonly Lock Gate = new();
    private static readonly List<NativeLogCapture> Captures = [];
    private static readonly StringBuilder Pending = new();
    private static readonly NativeLogConfig.LLamaLogCallback Callback = OnNativeLog;
    private static bool _installed;
    private static ILogger? _logger;
    private static LogLevel _minimum = LogLevel.Warning;
    private static LLamaLogLevel _lastLevel = LLamaLogLevel.Info;

    /// <summary>Routes the native log here; a native library path only applies before llama.cpp is first loaded.</summary>
    public static void Install(ILogger logger, LogLevel minimum, string? nativeLibraryPath)
    {
        lock (Gate)
        {
            _logger = logger;
            _minimum = minimum;
            if (_installed)
            {
                return;
            }

            _installed = true;
            if (NativeLibraryConfig.LLama.LibraryHasLoaded)
            {
                NativeLogConfig.llama_log_set(Callback);
                if (!string.IsNullOrWhiteSpace(nativeLibraryPath))
                {
                    logger.LogWarning("Llm:NativeLibraryPath {Path} ignored: llama.cpp was already loaded", nativeLibraryPath);
                }

                return;
            }

            NativeLibraryConfig.All.WithLogCallback(Callback);
            if (Directory.Exists(nativeLibraryPath))
            {
                NativeLibraryConfig.All.WithSearchDirectory(nativeLibraryPath);
            }
            else if (!string.IsNullOrWhiteSpace(nativeLibraryPath))
            {
                NativeLibraryConfig.LLama.WithLibrary(nativeLibraryPath);
            }
        }
    }

    public static NativeLogCapture Capture()
    {
        var capture = new NativeLogCapture(Release);
        lock (Gate)
        {
            Captures.Add(capture);
        }

        return capture;
    }

    private static void Release(NativeLogCapture capture)
    {
        lock (Gate)
        {
            Captures.Remove(capture);
        }
    }

    private static void OnNativeLog(LLamaLogLevel level, string message)
    {
        lock (Gate)
        {
            if (level == LLamaLogLevel.Continue)
            {
                level = _lastLevel;
            }
            else if (Pending.Length > 0 && level != _lastLevel)
            {
                Flush(_lastLevel);
            }

            _lastLevel = level;
            Pending.Append(message);
            if (message.EndsWith('\n'))
            {
                Flush(level);
            }
        }
    }

    private static void Flush(LLamaLogLevel level)
    {
        var line = Pending.ToString().TrimEnd();
        Pending.Clear();
        if (line.Length == 0)
        {
            return;
        }

        var logLevel = level switch
        {
            LLamaLogLevel.Error => LogLevel.Error,
            LLamaLogLevel.Warning => LogLevel.Warning,
            LLamaLogLevel.Info => LogLevel.Information,
            _ => LogLevel.Debug,
        };
        foreach (var capture in Captures)
        {
            capture.Add(logLevel, line);
        }

        if (logLevel >= _minimum)
        {
            _logger?.Log(logLevel, "llama.cpp: {Line}", line);
        }
    }
}
