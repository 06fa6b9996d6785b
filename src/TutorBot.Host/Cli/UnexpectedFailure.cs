using System.Globalization;

namespace TutorBot.Host.Cli;

/// <summary>
/// A failure no verb expected: the full exception goes to an error log (TUTORBOT_ERROR_LOG, default
/// $TMPDIR/tutorbot/errors.log), the user gets one line naming it and where the details are. Only the verb is logged,
/// never its arguments, which can hold a user's answers.
/// </summary>
public static class UnexpectedFailure
{
    public static string LogPath =>
        Environment.GetEnvironmentVariable("TUTORBOT_ERROR_LOG") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "tutorbot", "errors.log");

    public static string Report(Exception exception, string verb)
    {
        var line = $"error: unexpected {exception.GetType().Name}: {OneLine.From(exception.Message)}";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(LogPath))!);
            File.AppendAllText(LogPath, string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O} {verb}{Environment.NewLine}{exception}{Environment.NewLine}{Environment.NewLine}"));
            return $"{line} (details in {LogPath})";
        }
        catch (Exception logFailure) when (logFailure is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{line} (the details could not be written to {LogPath}: {OneLine.From(logFailure.Message)})";
        }
    }
}
