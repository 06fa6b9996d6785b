using System.Text.RegularExpressions;
using TutorBot.Testing;

namespace TutorBot.Core.Tests.Architecture;

/// <summary>Core reads and writes nothing itself: files (bank, synonyms, misconceptions), databases and sockets belong to adapters.</summary>
public sealed partial class CoreDoesNoIoTests
{
    [Fact]
    public void NoSourceFileOfCoreTouchesTheFileSystem()
    {
        var core = Path.Combine(RepoPaths.Root, "src", "TutorBot.Core");
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(l => FileSystemCall().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(core, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Core touches the file system:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheScanRecognisesFileSystemCalls()
    {
        Assert.Matches(FileSystemCall(), "var text = File.ReadAllText(path);");
        Assert.Matches(FileSystemCall(), "foreach (var f in Directory.EnumerateFiles(dir))");
        Assert.Matches(FileSystemCall(), "using var reader = new StreamReader(path);");
        Assert.DoesNotMatch(FileSystemCall(), "errors.Add(new BankError(entry.SourceFile, 1, 1, message));");
    }

    [GeneratedRegex(@"\b(File|Directory|FileInfo|DirectoryInfo)\.[A-Z]|new (FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo)\(")]
    private static partial Regex FileSystemCall();
}
