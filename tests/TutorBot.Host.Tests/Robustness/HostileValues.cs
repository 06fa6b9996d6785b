using System.Text;

namespace TutorBot.Host.Tests.Robustness;

/// <summary>The inputs a careless or hostile user gives: odd texts, numbers out of every range, and paths that cannot be used.</summary>
public static class HostileValues
{
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        ["empty"] = "",
        ["whitespace"] = " \t  ",
        ["1 MB"] = string.Concat(Enumerable.Repeat("注意力 attention softmax √d ", 1024 * 1024 / 24)),
        ["binary"] = "\0\u0001\u0002\u0003\u001b[31m\u007f\uFFFE\uFFFF",
        ["invalid UTF-16"] = "\uD800broken\uDFFF",
        ["right-to-left"] = "\u202Eattention\u202C مرحبا بالعالم שלום",
        ["zero-width"] = "\u200B\u200C\u200D\uFEFF\u2060",
    };

    /// <summary>Bytes that are not UTF-8, for standard input and files (argv cannot carry them).</summary>
    public static readonly byte[] InvalidUtf8 = [0x61, 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0x0A, 0xC0, 0x80, 0x62];

    public static readonly string[] Numbers =
        ["-1", "0", "1.5", "NaN", "Infinity", "-Infinity", "1e400", "2147483648", "-2147483649", "99999999999999999999", "0x10", "", " "];

    public static readonly string[] PathKinds =
        ["missing", "directory", "unreadable", "read-only location", "empty file", "binary file", "invalid UTF-8 file", "1 MB file"];

    /// <summary>A path of the given kind under <paramref name="root"/>, made on first use.</summary>
    public static string PathOf(string kind, string root) => kind switch
    {
        "missing" => Path.Combine(root, "missing", "file.txt"),
        "directory" => Directory.CreateDirectory(Path.Combine(root, "a-directory")).FullName,
        "unreadable" => DanglingLink(root),
        "read-only location" => "/proc/tutorbot/file.txt",
        "empty file" => Write(root, "empty.txt", []),
        "binary file" => Write(root, "binary.bin", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray()),
        "invalid UTF-8 file" => Write(root, "invalid.txt", InvalidUtf8),
        "1 MB file" => Write(root, "big.txt", Encoding.UTF8.GetBytes(Texts["1 MB"])),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A link to nothing: unreadable even for root, for whom permission bits do not apply.</summary>
    private static string DanglingLink(string root)
    {
        var link = Path.Combine(root, "dangling.link");
        if (!File.Exists(link) && !Directory.Exists(link) && new FileInfo(link).LinkTarget is null)
        {
            File.CreateSymbolicLink(link, Path.Combine(root, "gone", "target"));
        }

        return link;
    }

    private static string Write(string root, string name, byte[] bytes)
    {
        var path = Path.Combine(root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
