using System.Diagnostics;
using TutorBot.Testing;

namespace TutorBot.Storage.Tests;

/// <summary>A tmpfs of a few hundred kilobytes mounted on a fresh folder, so that a database on it really fills its disk.</summary>
public sealed class SmallDisk : IDisposable
{
    private readonly TempDirectory _mountPoint = new();

    public SmallDisk(int kilobytes)
    {
        var (code, output) = Run("mount", $"-t tmpfs -o size={kilobytes}k tmpfs {_mountPoint.Path}");
        if (code != 0)
        {
            _mountPoint.Dispose();
            throw new InvalidOperationException($"cannot mount a {kilobytes} KiB tmpfs on {_mountPoint.Path}: {output}");
        }
    }

    public string Path => _mountPoint.Path;

    /// <summary>Why the test cannot run here: mounting needs root, which CI has and a developer's account may not.</summary>
    public static string? SkipReason => Environment.UserName == "root" ? null : "mounting a small tmpfs needs root";

    /// <summary>Makes the disk read-only under whatever has it open, as an administrator's remount would.</summary>
    public void MakeReadOnly()
    {
        var (code, output) = Run("mount", $"-o remount,ro {_mountPoint.Path}");
        if (code != 0)
        {
            throw new InvalidOperationException($"cannot remount {_mountPoint.Path} read-only: {output}");
        }
    }

    public void Dispose()
    {
        Run("umount", $"-l {_mountPoint.Path}");
        _mountPoint.Dispose();
    }

    private static (int Code, string Output) Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim());
    }
}
