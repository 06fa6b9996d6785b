using System.Globalization;

namespace TutorBot.Host.Cli;

/// <summary>
/// A failure no verb expected: the full exception goes to an error log (TUTORBOT_ERROR_LOG, default
/// $TMPDIR/tutorbot/errors.log), the user gets one line naming it and where the details are. Only the verb or log
/// category is logged, never a verb's arguments, which can hold a user's answers.
/// </summary>
public static class UnexpectedFailure
{
    private static readonly Lock LogLock = new();

    public static string LogPath =>
        Environment.GetEnvironmentVariable("TUTORBOT_ERROR_LOG") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "tutorbot", "errors.log");

    public static string Report(Exception exception, string verb) => $"error: unexpected {Record(exception, verb)}";

    /// <summary>Appends the exception to the error log; returns "Type: message (details in PATH)" for the one line a user sees.</summary>
    public static string Record(Exception exception, string where)
    {
        var summary = $"{exception.GetType().Name}: {OneLine.From(exception.Message)}";
        try
        {
            lock (LogLock)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(LogPath))!);
                File.AppendAllText(LogPath, string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O} {where}{Environment.NewLine}{exception}{Environment.NewLine}{Environment.NewLine}"));
            }

            return $"{summary} (details in {LogPath})";
        }
        catch (Exception logFailure) when (logFailure is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{summary} (the details could not be written to {LogPath}: {OneLine.From(logFailure.Message)})";
        }
    }
}
